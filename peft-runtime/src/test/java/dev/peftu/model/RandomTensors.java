package dev.peftu.model;

import java.util.Random;

/** Seeded Gaussian host tensors for tests. */
public final class RandomTensors {

    private RandomTensors() {
    }

    /** Returns a tensor of the shape filled with standard normal values from the generator. */
    public static HostTensor gaussian(Random random, long... shape) {
        long size = 1;
        for (long dim : shape) {
            size *= dim;
        }
        float[] values = new float[(int) size];
        for (int i = 0; i < values.length; i++) {
            values[i] = (float) random.nextGaussian();
        }
        return new HostTensor(shape, values);
    }
}
