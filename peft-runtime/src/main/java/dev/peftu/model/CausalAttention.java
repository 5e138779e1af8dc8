package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import java.util.HashMap;
import java.util.Map;

/**
 * The self-attention of one forward pass of a {@link CausalLm}, shared by its layers: rotary
 * positions applied to queries and keys ({@code x * cos + rotate_half(x) * sin}), prefix keys and
 * values (stored after rotary, as transformers stores past keys) before the sequence's own,
 * grouped-query attention in which each key/value head serves {@code heads / keyValueHeads}
 * consecutive query heads, and the causal, padding and sliding-window mask, built once per
 * prefix length.
 */
final class CausalAttention {

    private final CausalLmConfig config;
    private final NDManager step;
    private final NDArray keyMask;
    private final NDArray cos;
    private final NDArray sin;
    private final NDArray scale;
    private final Map<Integer, NDArray> masks = new HashMap<>();

    /**
     * Prepares attention for a pass.
     *
     * @param config the architecture
     * @param step the pass's manager
     * @param keyMask {@code [batch, length]}, 1 for real tokens
     * @param cos the rotary cosines, {@code [1, 1, length, headSize]}
     * @param sin the rotary sines, likewise
     */
    CausalAttention(CausalLmConfig config, NDManager step, NDArray keyMask, NDArray cos, NDArray sin) {
        this.config = config;
        this.step = step;
        this.keyMask = keyMask;
        this.cos = cos;
        this.sin = sin;
        this.scale = Scalars.of(step, (float) (1.0 / Math.sqrt(config.headSize())));
    }

    /**
     * Attends.
     *
     * @param query {@code [batch, length, heads * headSize]}
     * @param key {@code [batch, length, keyValueWidth]}
     * @param value likewise
     * @param prefix prefix keys and values, each {@code [batch, tokens, keyValueWidth]}, or {@code null}
     * @return the context, {@code [batch, length, heads * headSize]}
     */
    NDArray attend(NDArray query, NDArray key, NDArray value, NDArray[] prefix) {
        NDArray queries = rotated(heads(query, config.heads()));
        NDArray keys = rotated(heads(key, config.keyValueHeads()));
        NDArray values = heads(value, config.keyValueHeads());
        int prefixTokens = 0;
        if (prefix != null) {
            prefixTokens = (int) prefix[0].getShape().get(1);
            keys = heads(prefix[0], config.keyValueHeads()).concat(keys, 2);
            values = heads(prefix[1], config.keyValueHeads()).concat(values, 2);
        }
        long batch = queries.getShape().get(0);
        long length = queries.getShape().get(2);
        long keyCount = keys.getShape().get(2);
        long groups = config.keyValueHeads();
        long perGroup = config.heads() / groups;
        // each key/value head answers its group of query heads in one product, without copies of itself
        NDArray grouped = queries.reshape(batch, groups, perGroup * length, config.headSize());
        NDArray scores = grouped.matMul(keys.transpose(0, 1, 3, 2)).mul(scale)
                .reshape(batch, config.heads(), length, keyCount)
                .add(masks.computeIfAbsent(prefixTokens,
                        tokens -> CausalMask.of(step, keyMask, tokens, config.slidingWindow())));
        NDArray probabilities = scores.softmax(-1).reshape(batch, groups, perGroup * length, keyCount);
        NDArray context = probabilities.matMul(values).reshape(batch, config.heads(), length, config.headSize())
                .transpose(0, 2, 1, 3);
        return context.reshape(batch, length, (long) config.queryWidth());
    }

    /** Splits {@code [batch, length, heads * headSize]} into {@code [batch, heads, length, headSize]}. */
    private NDArray heads(NDArray x, int heads) {
        Shape shape = x.getShape();
        return x.reshape(shape.get(0), shape.get(1), heads, config.headSize()).transpose(0, 2, 1, 3);
    }

    private NDArray rotated(NDArray x) {
        int half = config.headSize() / 2;
        NDArray first = x.get(new NDIndex(":, :, :, :{}", half));
        NDArray second = x.get(new NDIndex(":, :, :, {}:", half));
        return x.mul(cos).add(second.neg().concat(first, 3).mul(sin));
    }
}
