package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.BertConfig;
import dev.peftu.model.FrozenSiteWeights;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.random.Seeds;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A batch's parameters given outright, for tests that apply a method's injection to chosen
 * values: one row per group unless told otherwise, evaluation mode (no dropout).
 */
final class FixedParameters implements BatchParameters {

    private final NDManager step;
    private final Map<String, NDArray> perGroup;
    private final int rowsPerGroup;

    FixedParameters(NDManager step, Map<String, NDArray> perGroup, int rowsPerGroup) {
        this.step = step;
        this.perGroup = perGroup;
        this.rowsPerGroup = rowsPerGroup;
    }

    /**
     * Draws every declared parameter of a method for each of the given users, as a new user's
     * module starts, unless {@code replace} gives other values for a key.
     *
     * @param step the manager owning the arrays
     * @param specs the declared parameters
     * @param userSeeds one seed per group
     * @param replace values by key for one user, or {@code null} to keep the initial values
     * @return the parameters, one row per group
     */
    static FixedParameters drawn(NDManager step, List<ParameterSpec> specs, long[] userSeeds,
                                 Function<ParameterSpec, float[]> replace) {
        Map<String, NDArray> arrays = new HashMap<>();
        // the methods drawn here start at random, which never reads the frozen weights
        FrozenWeights frozen = zeroWeights(step, TINY);
        for (ParameterSpec spec : specs) {
            float[] all = new float[(int) spec.size() * userSeeds.length];
            for (int g = 0; g < userSeeds.length; g++) {
                float[] values = replace == null ? null : replace.apply(spec);
                if (values == null) {
                    values = spec.init().values((int) spec.size(), new SplittableRandom(Seeds.mix(userSeeds[g], spec.key())),
                            frozen);
                }
                System.arraycopy(values, 0, all, g * (int) spec.size(), values.length);
            }
            long[] shape = new long[spec.shape().length + 1];
            shape[0] = userSeeds.length;
            System.arraycopy(spec.shape(), 0, shape, 1, spec.shape().length);
            arrays.put(spec.key(), step.create(all, new Shape(shape)));
        }
        return new FixedParameters(step, arrays, 1);
    }

    /**
     * Returns frozen weights of zeros for an architecture, for methods that do not read the frozen
     * weights; the arrays belong to the step.
     */
    static FrozenWeights zeroWeights(NDManager step, Architecture base) {
        return new FrozenSiteWeights(base, step, site -> step.zeros(new Shape(site.outFeatures(), site.inFeatures())),
                site -> Optional.of(step.zeros(new Shape(site.outFeatures()))));
    }

    /** Returns a configured method's injection of these parameters over frozen weights of zeros. */
    Injection attach(ConfiguredMethod<?> configured) {
        return configured.attach(zeroWeights(step, configured.base()), this);
    }

    /** Returns a method configured from overrides on its defaults, on the given base. */
    static <C extends PeftConfig> ConfiguredMethod<C> configured(PeftMethod<C> method, Architecture base,
                                                               Map<String, String> overrides) {
        return ConfiguredMethod.of(method, base, MethodSettings.of(method.name(), method.defaults(), overrides));
    }

    /** A one-layer encoder of hidden width 4 for hand-made tensors. */
    static final BertConfig TINY = new BertConfig(10, 4, 1, 2, 8, 16, 1, 1e-12f);

    @Override
    public NDArray perGroup(String key) {
        NDArray array = perGroup.get(key);
        if (array == null) {
            throw new IllegalArgumentException("no parameter '" + key + "'");
        }
        return array;
    }

    @Override
    public int rowsPerGroup() {
        return rowsPerGroup;
    }

    @Override
    public NDManager step() {
        return step;
    }

    @Override
    public boolean training() {
        return false;
    }

    @Override
    public NDArray dropout(NDArray input, double rate, String site) {
        return input;
    }
}
