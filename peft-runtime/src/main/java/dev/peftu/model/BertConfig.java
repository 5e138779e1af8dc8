package dev.peftu.model;

import java.util.List;

/**
 * The architecture of a BERT-family encoder, named as in a Hugging Face {@code config.json}. Its
 * linear sites are named as in transformers' {@code BertModel}, inside a
 * {@code BertForSequenceClassification} ({@link #modulePrefix()} {@code bert.}).
 *
 * @param vocabSize tokens in the vocabulary
 * @param hiddenSize width of every hidden state
 * @param layers number of transformer layers
 * @param heads attention heads per layer
 * @param intermediateSize width of the feed-forward layer
 * @param maxPositions positions the position embedding covers
 * @param typeVocabSize token types (segments)
 * @param layerNormEps epsilon of every LayerNorm
 */
public record BertConfig(int vocabSize, int hiddenSize, int layers, int heads, int intermediateSize,
                         int maxPositions, int typeVocabSize, float layerNormEps) implements Architecture {

    /** Query projection of self-attention, inside a layer. */
    public static final String QUERY = "attention.self.query";
    /** Key projection of self-attention, inside a layer. */
    public static final String KEY = "attention.self.key";
    /** Value projection of self-attention, inside a layer. */
    public static final String VALUE = "attention.self.value";
    /** Output projection of self-attention (before the residual and LayerNorm), inside a layer. */
    public static final String ATTENTION_OUTPUT = "attention.output.dense";
    /** First feed-forward projection (before GELU), inside a layer. */
    public static final String INTERMEDIATE = "intermediate.dense";
    /** Second feed-forward projection (before the residual and LayerNorm), inside a layer. */
    public static final String OUTPUT = "output.dense";
    /** Every linear layer of a transformer layer, in forward order. */
    public static final List<String> SITE_NAMES = List.of(QUERY, KEY, VALUE, ATTENTION_OUTPUT, INTERMEDIATE, OUTPUT);

    /** all-MiniLM-L6-v2, the embedded default base model. */
    public static final BertConfig MINILM_L6 = new BertConfig(30522, 384, 6, 12, 1536, 512, 2, 1e-12f);

    /** Checks that the numbers describe a valid encoder. */
    public BertConfig {
        if (hiddenSize <= 0 || heads <= 0 || hiddenSize % heads != 0) {
            throw new IllegalArgumentException("hidden_size " + hiddenSize
                    + " must be a positive multiple of num_attention_heads " + heads);
        }
        if (vocabSize <= 0 || layers <= 0 || intermediateSize <= 0 || maxPositions <= 0 || typeVocabSize <= 0) {
            throw new IllegalArgumentException("vocab_size, num_hidden_layers, intermediate_size, "
                    + "max_position_embeddings and type_vocab_size must be positive");
        }
    }

    @Override
    public String modelType() {
        return "bert";
    }

    @Override
    public String modulePrefix() {
        return "bert.";
    }

    @Override
    public int attentionHeads() {
        return heads;
    }

    /** Returns the width of one attention head. */
    @Override
    public int headSize() {
        return hiddenSize / heads;
    }

    @Override
    public int keyValueWidth() {
        return hiddenSize;
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
        return site(layer, OUTPUT);
    }

    /**
     * Returns a linear site of a layer.
     *
     * @param layer the transformer layer, from 0
     * @param name its name inside the layer, one of {@link #SITE_NAMES}
     */
    public LinearSite site(int layer, String name) {
        int in = name.equals(OUTPUT) ? intermediateSize : hiddenSize;
        int out = name.equals(INTERMEDIATE) ? intermediateSize : hiddenSize;
        return new LinearSite("encoder.layer." + layer + "." + name, layer, in, out);
    }
}
