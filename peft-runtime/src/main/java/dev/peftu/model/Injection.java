package dev.peftu.model;

import ai.djl.ndarray.NDArray;

/**
 * The points at which a parameter-efficient method changes the frozen encoder's forward pass.
 * Every hook receives and returns batch-major arrays, so one injection can serve a batch that
 * mixes several users' rows, each row through its own user's parameters. The default of every
 * hook leaves the encoder unchanged.
 */
public interface Injection {

    /** The injection that changes nothing: the plain pretrained encoder. */
    Injection NONE = new Injection() { };

    /**
     * Changes the output of a linear layer (LoRA adds a low-rank update, adapters add a
     * bottleneck after attention and feed-forward output, IA3 scales keys and values).
     *
     * @param site which linear layer
     * @param input its input, {@code [batch, length, in]}
     * @param output the frozen layer's output, {@code [batch, length, out]}
     * @return the output to use instead
     */
    default NDArray linear(LinearSite site, NDArray input, NDArray output) {
        return output;
    }

    /**
     * Changes the feed-forward activation (after GELU), {@code [batch, length, intermediate]}.
     *
     * @param layer the transformer layer
     * @param activation the activation
     * @return the activation to use instead
     */
    default NDArray intermediateActivation(int layer, NDArray activation) {
        return activation;
    }

    /**
     * Returns virtual tokens to put before the text's embeddings, {@code [batch, tokens, hidden]},
     * or {@code null} for none (prompt tuning).
     *
     * @param embeddings the text's embeddings after the embedding LayerNorm
     * @return the virtual tokens, or {@code null}
     */
    default NDArray virtualTokens(NDArray embeddings) {
        return null;
    }

    /**
     * Returns key and value prefixes for one layer's attention, each {@code [batch, tokens, hidden]},
     * or {@code null} for none (prefix tuning).
     *
     * @param layer the transformer layer
     * @return {@code {keys, values}}, or {@code null}
     */
    default NDArray[] attentionPrefix(int layer) {
        return null;
    }
}
