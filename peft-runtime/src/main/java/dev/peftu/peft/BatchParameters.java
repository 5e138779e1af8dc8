package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;

/**
 * A batch's view of its users' parameters: each declared parameter gathered so that row
 * {@code i} holds the parameters of the user row {@code i} belongs to. This is what lets one
 * forward pass serve a batch that mixes many users.
 */
public interface BatchParameters {

    /**
     * Returns a parameter for every row, {@code [rows, ...shape]}.
     *
     * @param key the parameter's key as declared in {@link ParameterSpec#key()}
     * @return the per-row parameter; gradients flow back to each user's own slice
     */
    NDArray perRow(String key);

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
}
