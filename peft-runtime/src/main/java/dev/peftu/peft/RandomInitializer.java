package dev.peftu.peft;

import dev.peftu.model.FrozenWeights;
import dev.peftu.random.Sampling;
import java.util.SplittableRandom;

/**
 * A random start: constant, normal, or uniform, drawn in Java from the user's and parameter's
 * generator.
 *
 * @param kind the distribution
 * @param scale the constant, the standard deviation, or the half-width of the uniform range
 */
public record RandomInitializer(Kind kind, double scale) implements Initializer {

    /** The distributions. */
    public enum Kind {
        /** Every value equals {@code scale}. */
        CONSTANT,
        /** Normal with mean 0 and standard deviation {@code scale}. */
        NORMAL,
        /** Uniform on {@code [-scale, scale]}. */
        UNIFORM
    }

    @Override
    public float[] values(int size, SplittableRandom random, FrozenWeights base) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = switch (kind) {
                case CONSTANT -> (float) scale;
                case NORMAL -> (float) (Sampling.gaussian(random) * scale);
                case UNIFORM -> (float) ((random.nextDouble() * 2 - 1) * scale);
            };
        }
        return values;
    }
}
