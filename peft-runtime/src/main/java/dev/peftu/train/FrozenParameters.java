package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.BatchParameters;
import java.util.HashMap;
import java.util.Map;

/**
 * One pass's view of a frozen task module: the same tensors for every group of rows, without
 * gradients and without dropout (the module is no longer training), so that the task module's
 * method can attach its injection to a batch of many users' rows.
 */
final class FrozenParameters implements BatchParameters {

    private final NDManager step;
    private final Map<String, HostTensor> weights;
    private final int groups;
    private final int rowsPerGroup;
    private final Map<String, NDArray> views = new HashMap<>();

    /**
     * Creates the view.
     *
     * @param step the pass's manager, which owns the arrays made here until after the backward pass
     * @param weights the task module's tensors
     * @param groups the pass's row groups
     * @param rowsPerGroup rows per group
     */
    FrozenParameters(NDManager step, Map<String, HostTensor> weights, int groups, int rowsPerGroup) {
        this.step = step;
        this.weights = weights;
        this.groups = groups;
        this.rowsPerGroup = rowsPerGroup;
    }

    @Override
    public NDArray perGroup(String key) {
        return views.computeIfAbsent(key, k -> {
            HostTensor tensor = weights.get(k);
            if (tensor == null) {
                throw new IllegalArgumentException("task module has no parameter '" + k + "'; it holds: "
                        + weights.keySet());
            }
            long[] shape = tensor.shape();
            long[] stacked = new long[shape.length + 1];
            stacked[0] = groups;
            System.arraycopy(shape, 0, stacked, 1, shape.length);
            return step.create(tensor.data(), new Shape(shape)).expandDims(0).broadcast(new Shape(stacked));
        });
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
