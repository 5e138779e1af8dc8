package dev.peftu.model;

import java.util.Arrays;

/**
 * A float32 tensor held on the Java heap in row-major order: the neutral form in which weights
 * travel between file readers (ONNX, safetensors) and the DJL encoder.
 *
 * @param shape the dimensions, outermost first
 * @param data the values, row-major; its length is the product of {@code shape}
 */
public record HostTensor(long[] shape, float[] data) {

    /** Checks that the data length matches the shape. */
    public HostTensor {
        long size = 1;
        for (long dim : shape) {
            size *= dim;
        }
        if (size != data.length) {
            throw new IllegalArgumentException("shape " + Arrays.toString(shape) + " holds " + size
                    + " values but " + data.length + " were given");
        }
    }

    /** Returns the number of values. */
    public int size() {
        return data.length;
    }

    /** Returns the transpose of a 2-d tensor ({@code [rows, cols]} becomes {@code [cols, rows]}). */
    public HostTensor transpose2d() {
        if (shape.length != 2) {
            throw new IllegalStateException("transpose2d needs a 2-d tensor, not " + Arrays.toString(shape));
        }
        int rows = (int) shape[0];
        int cols = (int) shape[1];
        float[] out = new float[data.length];
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                out[c * rows + r] = data[r * cols + c];
            }
        }
        return new HostTensor(new long[] {cols, rows}, out);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof HostTensor that
                && Arrays.equals(shape, that.shape) && Arrays.equals(data, that.data);
    }

    @Override
    public int hashCode() {
        return 31 * Arrays.hashCode(shape) + Arrays.hashCode(data);
    }

    @Override
    public String toString() {
        return "HostTensor" + Arrays.toString(shape);
    }
}
