package dev.peftu.peft;

import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.model.LinearSite;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A start computed from a frozen linear site ({@link Initializer#fromFrozen}), once per base model,
 * site and name. Two are equal when they name the same site and computation.
 */
record FrozenInitializer(LinearSite site, String name, Function<FrozenWeights, HostTensor> compute)
        implements Initializer {

    @Override
    public float[] values(int size, SplittableRandom random, FrozenWeights base) {
        HostTensor values = base.derived(site, name, s -> compute.apply(base));
        if (values.size() != size) {
            throw new IllegalStateException("start '" + name + "' of " + site.modulePath() + " has " + values.size()
                    + " values, the parameter " + size);
        }
        return values.data();
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof FrozenInitializer that && site.equals(that.site) && name.equals(that.name);
    }

    @Override
    public int hashCode() {
        return site.hashCode() * 31 + name.hashCode();
    }

    @Override
    public String toString() {
        return "fromFrozen(" + site.modulePath() + ", " + name + ")";
    }
}
