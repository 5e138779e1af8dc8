package dev.peftu.peft;

import dev.peftu.random.Sampling;
import java.util.SplittableRandom;

/**
 * How a new user's parameter starts: constant, normal, or uniform. Values are drawn in Java
 * from a generator seeded per user and parameter, so a user's start does not depend on which
 * other users share the cohort.
 *
 * @param kind the distribution
 * @param scale the constant, the standard deviation, or the half-width of the uniform range
 */
public record Initializer(Kind kind, double scale) {

    /** The distributions. */
    public enum Kind {
        /** Every value equals {@code scale}. */
        CONSTANT,
        /** Normal with mean 0 and standard deviation {@code scale}. */
        NORMAL,
        /** Uniform on {@code [-scale, scale]}. */
        UNIFORM
    }

    /** All zeros. */
    public static Initializer zeros() {
        return new Initializer(Kind.CONSTANT, 0);
    }

    /** All ones. */
    public static Initializer ones() {
        return new Initializer(Kind.CONSTANT, 1);
    }

    /** Normal with the given standard deviation. */
    public static Initializer normal(double std) {
        return new Initializer(Kind.NORMAL, std);
    }

    /** Kaiming-uniform for a linear layer with {@code fanIn} inputs (a = sqrt 5, as PyTorch and HF PEFT's LoRA A). */
    public static Initializer kaimingUniform(long fanIn) {
        return new Initializer(Kind.UNIFORM, 1.0 / Math.sqrt(fanIn));
    }

    /**
     * Draws the values.
     *
     * @param size how many
     * @param random the generator
     * @return the values
     */
    public float[] sample(int size, SplittableRandom random) {
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
