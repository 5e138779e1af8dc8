package dev.peftu.peft;

import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.model.LinearSite;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * How a new user's parameter starts: drawn at random ({@link #zeros()}, {@link #normal},
 * {@link #kaimingUniform}, ...) from a generator seeded per user and parameter, so a user's start
 * does not depend on which other users share the cohort; or computed from a frozen linear site of
 * the base model ({@link #fromFrozen}), once per base model and site, the same for every user.
 */
public interface Initializer {

    /**
     * Returns a new user's values.
     *
     * @param size how many
     * @param random the user's and parameter's generator
     * @param base the base model's frozen weights
     * @return the values, which the caller may not change
     */
    float[] values(int size, SplittableRandom random, FrozenWeights base);

    /** All zeros. */
    static Initializer zeros() {
        return new RandomInitializer(RandomInitializer.Kind.CONSTANT, 0);
    }

    /** All ones. */
    static Initializer ones() {
        return new RandomInitializer(RandomInitializer.Kind.CONSTANT, 1);
    }

    /** Normal with the given standard deviation. */
    static Initializer normal(double std) {
        return new RandomInitializer(RandomInitializer.Kind.NORMAL, std);
    }

    /** Kaiming-uniform for a linear layer with {@code fanIn} inputs (a = sqrt 5, as PyTorch and HF PEFT's LoRA A). */
    static Initializer kaimingUniform(long fanIn) {
        return new RandomInitializer(RandomInitializer.Kind.UNIFORM, 1.0 / Math.sqrt(fanIn));
    }

    /**
     * Starts every user at values computed from a frozen site: DoRA's magnitude from the column
     * norms of {@code W}, PiSSA's factors from its SVD. The computation runs once per base model,
     * site and name ({@link FrozenWeights#derived}), however many users start from it.
     *
     * @param site the frozen site
     * @param name what is computed, unique per method and formula (e.g. {@code dora-magnitude})
     * @param compute the values, row-major in the parameter's shape, from the site's frozen weights
     * @return the initializer
     */
    static Initializer fromFrozen(LinearSite site, String name, Function<FrozenWeights, HostTensor> compute) {
        return new FrozenInitializer(site, name, compute);
    }
}
