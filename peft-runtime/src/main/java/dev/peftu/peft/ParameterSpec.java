package dev.peftu.peft;

import java.util.Arrays;

/**
 * One trainable tensor of a user's module.
 *
 * @param key the name HF PEFT gives it in {@code adapter_model.safetensors}
 * @param shape the tensor's shape for one user
 * @param init how a new user's tensor starts
 */
public record ParameterSpec(String key, long[] shape, Initializer init) {

    /** Returns the number of values. */
    public long size() {
        return Arrays.stream(shape).reduce(1, (a, b) -> a * b);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof ParameterSpec that && key.equals(that.key) && Arrays.equals(shape, that.shape)
                && init.equals(that.init);
    }

    @Override
    public int hashCode() {
        return key.hashCode();
    }

    @Override
    public String toString() {
        return key + Arrays.toString(shape);
    }
}
