package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;

/**
 * Scalars for a forward pass. Autograd keeps a pointer to operands, so a scalar must outlive the
 * backward pass: it lives as long as the step manager, never as a temporary the garbage collector
 * may free between forward and backward.
 */
public final class Scalars {

    private Scalars() {
    }

    /**
     * Creates a float32 scalar on the step's manager.
     *
     * @param step the step's manager
     * @param value the value
     * @return the scalar, owned by the step
     */
    public static NDArray of(NDManager step, float value) {
        return step.full(new Shape(), value, DataType.FLOAT32);
    }
}
