package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;

/**
 * A batch's view of its users' parameters. The rows of a batch come in groups of
 * {@link #rowsPerGroup()} consecutive rows that all belong to one user, and each declared
 * parameter is stacked over the groups ({@code [groups, ...shape]}). A per-user linear map thus
 * applies to a whole group as one slice of a batched matrix product
 * ({@link #perGroupProduct}), which is what lets one forward pass serve a batch that mixes many
 * users without copying a user's parameters once per row.
 */
public interface BatchParameters {

    /**
     * Returns a parameter for every group, {@code [groups, ...shape]}.
     *
     * @param key the parameter's key as declared in {@link ParameterSpec#key()}
     * @return the per-group parameter; gradients flow back to each user's own slice
     */
    NDArray perGroup(String key);

    /** Returns how many consecutive rows of the batch each group holds. */
    int rowsPerGroup();

    /** Returns the manager of the current step; arrays created for the step belong to it. */
    NDManager step();

    /** Returns whether this is a training pass (dropout on) or an evaluation pass. */
    boolean training();

    /**
     * Applies dropout to a batch-major array: zeroes each value with probability {@code rate}
     * and scales the rest by {@code 1 / (1 - rate)}. The mask of a row depends only on that
     * row's user, epoch, step and the given site, never on the other rows of the batch, so a
     * user trains the same way alone or in a cohort. Identity outside training.
     *
     * @param input {@code [rows, ...]}
     * @param rate the drop probability
     * @param site a name distinguishing this dropout from the others of the pass
     * @return the result
     */
    NDArray dropout(NDArray input, double rate, String site);

    /**
     * Multiplies every row by its group's matrix: {@code [rows, ..., in]} times
     * {@code [groups, in, out]} gives {@code [rows, ..., out]}, as one batched product over the
     * groups.
     *
     * @param rows the batch-major input
     * @param matrices one matrix per group
     * @return the products, shaped like the input but for the last dimension
     */
    default NDArray perGroupProduct(NDArray rows, NDArray matrices) {
        Shape shape = rows.getShape();
        long groups = matrices.getShape().get(0);
        long in = shape.get(shape.dimension() - 1);
        long out = matrices.getShape().get(2);
        NDArray product = rows.reshape(groups, -1, in).matMul(matrices);
        // a copy: the array a shape returns is the shape itself
        long[] result = shape.getShape().clone();
        result[result.length - 1] = out;
        return product.reshape(new Shape(result));
    }

    /**
     * Returns a parameter repeated for every row of its group, {@code [rows, ...shape]}: for
     * parameters that join each row's own data, such as virtual tokens.
     *
     * @param key the parameter's key
     * @return the per-row parameter
     */
    default NDArray perRow(String key) {
        NDArray perGroup = perGroup(key);
        long[] shape = perGroup.getShape().getShape();
        long[] expanded = new long[shape.length + 1];
        expanded[0] = shape[0];
        expanded[1] = rowsPerGroup();
        System.arraycopy(shape, 1, expanded, 2, shape.length - 1);
        long[] rows = shape.clone();
        rows[0] = shape[0] * rowsPerGroup();
        return perGroup.expandDims(1).broadcast(new Shape(expanded)).reshape(new Shape(rows));
    }

    /**
     * Views rows grouped: {@code [rows, ..., last]} becomes {@code [groups, rowsPerGroup * ..., last]},
     * so that a per-group {@code [groups, 1, last]} array broadcasts over a whole group.
     *
     * @param rows the batch-major array
     * @return the grouped view
     */
    default NDArray grouped(NDArray rows) {
        Shape shape = rows.getShape();
        return rows.reshape(shape.get(0) / rowsPerGroup(), -1, shape.get(shape.dimension() - 1));
    }
}
