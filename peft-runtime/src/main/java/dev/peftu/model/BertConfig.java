package dev.peftu.model;

/**
 * The architecture of a BERT-family encoder, named as in a Hugging Face {@code config.json}.
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
                         int maxPositions, int typeVocabSize, float layerNormEps) {

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

    /** Returns the width of one attention head. */
    public int headSize() {
        return hiddenSize / heads;
    }
}
