package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import java.util.OptionalInt;

/**
 * What a causal LM's attention scores add so that each query sees only what transformers lets it
 * see: the keys at or before its own position, prefix keys (prefix tuning's past keys, which come
 * before the sequence) included, within the sliding window where the model has one, and no
 * padding.
 */
final class CausalMask {

    /** What attention scores add for a key that must get no attention. */
    static final float BLOCKED = -1e9f;

    private CausalMask() {
    }

    /**
     * Builds the additive mask.
     *
     * @param step the manager that owns it
     * @param keyMask {@code [batch, length]}, 1 for real tokens and 0 for padding
     * @param prefixTokens the number of prefix keys before the sequence's own
     * @param window the sliding window, or empty
     * @return {@code [batch, 1, length, prefixTokens + length]}, 0 where a key is seen and
     *     {@link #BLOCKED} (or twice that) where it is not
     */
    static NDArray of(NDManager step, NDArray keyMask, int prefixTokens, OptionalInt window) {
        int batch = (int) keyMask.getShape().get(0);
        int length = (int) keyMask.getShape().get(1);
        int keys = prefixTokens + length;
        float[] causal = new float[length * keys];
        for (int query = 0; query < length; query++) {
            for (int key = 0; key < keys; key++) {
                // prefix keys take the positions before the sequence's, as transformers' past keys do
                int distance = prefixTokens + query - key;
                boolean seen = distance >= 0 && (window.isEmpty() || distance < window.getAsInt());
                causal[query * keys + key] = seen ? 0f : BLOCKED;
            }
        }
        NDArray fullMask = step.ones(new Shape(batch, prefixTokens), DataType.FLOAT32).concat(keyMask, 1);
        NDArray padding = fullMask.sub(Scalars.of(step, 1f)).mul(Scalars.of(step, -BLOCKED))
                .reshape(batch, 1, 1, keys);
        return padding.add(step.create(causal, new Shape(1, 1, length, keys)));
    }
}
