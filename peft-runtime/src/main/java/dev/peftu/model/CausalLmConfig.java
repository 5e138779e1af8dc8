package dev.peftu.model;

import java.util.List;
import java.util.OptionalInt;

/**
 * The architecture of a causal language model of the Llama family (Llama, Mistral, Qwen2, Qwen3),
 * named as in a Hugging Face {@code config.json}: pre-norm layers of grouped-query self-attention
 * with rotary positions and a SwiGLU feed-forward block. Its linear sites are named as in
 * transformers' {@code LlamaForCausalLM} and its relatives ({@link #modulePrefix()} {@code model.}).
 *
 * @param modelType the {@code model_type}, one of {@link #MODEL_TYPES}
 * @param vocabSize tokens in the vocabulary
 * @param hiddenSize width of every hidden state
 * @param intermediateSize width of the feed-forward block
 * @param layers number of transformer layers
 * @param heads query heads per layer
 * @param keyValueHeads key and value heads per layer (fewer than {@code heads} with grouped-query attention)
 * @param headSize width of one head (Qwen3 sets it apart from {@code hiddenSize / heads})
 * @param rmsNormEps epsilon of every RMSNorm
 * @param rotary the rotary position embedding
 * @param maxPositions positions the model was trained for
 * @param tieWordEmbeddings whether the output projection is the input embedding matrix
 * @param queryKeyValueBias whether the query, key and value projections have biases
 * @param outputBias whether the attention output projection has a bias
 * @param queryKeyNorm whether queries and keys pass an RMSNorm over each head before rotary (Qwen3)
 * @param slidingWindow the attention window of Mistral (a query sees the keys less than this many
 *     positions before it), or empty for full causal attention
 */
public record CausalLmConfig(String modelType, int vocabSize, int hiddenSize, int intermediateSize, int layers,
                             int heads, int keyValueHeads, int headSize, float rmsNormEps, RotaryEmbedding rotary,
                             int maxPositions, boolean tieWordEmbeddings, boolean queryKeyValueBias,
                             boolean outputBias, boolean queryKeyNorm, OptionalInt slidingWindow)
        implements Architecture {

    /** The {@code model_type} values this architecture reads. */
    public static final List<String> MODEL_TYPES = List.of("llama", "mistral", "qwen2", "qwen3");

    /** Query projection, inside a layer. */
    public static final String QUERY = "self_attn.q_proj";
    /** Key projection, inside a layer. */
    public static final String KEY = "self_attn.k_proj";
    /** Value projection, inside a layer. */
    public static final String VALUE = "self_attn.v_proj";
    /** Attention output projection (before the residual), inside a layer. */
    public static final String ATTENTION_OUTPUT = "self_attn.o_proj";
    /** Gate projection of the SwiGLU block (through SiLU), inside a layer. */
    public static final String GATE = "mlp.gate_proj";
    /** Up projection of the SwiGLU block, inside a layer. */
    public static final String UP = "mlp.up_proj";
    /** Down projection of the SwiGLU block (before the residual), inside a layer. */
    public static final String DOWN = "mlp.down_proj";
    /** Every linear layer of a transformer layer, in forward order. */
    public static final List<String> SITE_NAMES = List.of(QUERY, KEY, VALUE, ATTENTION_OUTPUT, GATE, UP, DOWN);

    /** Checks that the numbers describe a model the forward pass can run. */
    public CausalLmConfig {
        if (!MODEL_TYPES.contains(modelType)) {
            throw new IllegalArgumentException("model_type " + modelType + " is not one of " + MODEL_TYPES);
        }
        if (vocabSize <= 0 || hiddenSize <= 0 || intermediateSize <= 0 || layers <= 0 || headSize <= 0
                || maxPositions <= 0) {
            throw new IllegalArgumentException("vocab_size, hidden_size, intermediate_size, num_hidden_layers, "
                    + "head_dim and max_position_embeddings must be positive");
        }
        if (heads <= 0 || keyValueHeads <= 0 || heads % keyValueHeads != 0) {
            throw new IllegalArgumentException("num_attention_heads " + heads
                    + " must be a positive multiple of num_key_value_heads " + keyValueHeads);
        }
        if (headSize % 2 != 0) {
            throw new IllegalArgumentException("head_dim " + headSize + " must be even for rotary embeddings");
        }
        if (!(rmsNormEps > 0)) {
            throw new IllegalArgumentException("rms_norm_eps " + rmsNormEps + " must be positive");
        }
        if (slidingWindow.isPresent() && slidingWindow.getAsInt() <= 0) {
            throw new IllegalArgumentException("sliding_window " + slidingWindow.getAsInt() + " must be positive");
        }
    }

    @Override
    public String modulePrefix() {
        return "model.";
    }

    @Override
    public boolean generative() {
        return true;
    }

    @Override
    public int attentionHeads() {
        return heads;
    }

    @Override
    public int keyValueWidth() {
        return keyValueHeads * headSize;
    }

    /** Returns the width of all query heads together, the attention output projection's input. */
    public int queryWidth() {
        return heads * headSize;
    }

    @Override
    public List<LinearSite> linearSites() {
        return LinearSite.everyLayer(layers, SITE_NAMES, this::site);
    }

    @Override
    public LinearSite attentionOutput(int layer) {
        return site(layer, ATTENTION_OUTPUT);
    }

    @Override
    public LinearSite feedForwardOutput(int layer) {
        return site(layer, DOWN);
    }

    /**
     * Returns a linear site of a layer.
     *
     * @param layer the transformer layer, from 0
     * @param name its name inside the layer, one of {@link #SITE_NAMES}
     */
    public LinearSite site(int layer, String name) {
        int in = switch (name) {
            case ATTENTION_OUTPUT -> queryWidth();
            case DOWN -> intermediateSize;
            default -> hiddenSize;
        };
        int out = switch (name) {
            case QUERY -> queryWidth();
            case KEY, VALUE -> keyValueWidth();
            case GATE, UP -> intermediateSize;
            case ATTENTION_OUTPUT, DOWN -> hiddenSize;
            default -> throw new IllegalArgumentException("no linear site " + name + "; expected one of " + SITE_NAMES);
        };
        return new LinearSite("layers." + layer + "." + name, layer, in, out);
    }
}
