package dev.peftu.variants;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.model.FrozenWeights;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.ParameterSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;

/**
 * A batch's parameters for one user, one row per group, in evaluation mode: each declared parameter
 * at its start, unless a test gives it other values. Written against the public
 * {@link BatchParameters} alone, as a method author's tests would be.
 */
final class GivenParameters implements BatchParameters {

    private final NDManager step;
    private final Map<String, NDArray> perGroup = new HashMap<>();

    GivenParameters(NDManager step, List<ParameterSpec> specs, FrozenWeights base,
                    Function<ParameterSpec, float[]> replace) {
        this.step = step;
        for (ParameterSpec spec : specs) {
            float[] values = replace.apply(spec);
            if (values == null) {
                values = spec.init().values((int) spec.size(), new SplittableRandom(spec.key().hashCode()), base);
            }
            long[] shape = new long[spec.shape().length + 1];
            shape[0] = 1;
            System.arraycopy(spec.shape(), 0, shape, 1, spec.shape().length);
            perGroup.put(spec.key(), step.create(values, new Shape(shape)));
        }
    }

    @Override
    public NDArray perGroup(String key) {
        return perGroup.get(key);
    }

    @Override
    public int rowsPerGroup() {
        return 1;
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
