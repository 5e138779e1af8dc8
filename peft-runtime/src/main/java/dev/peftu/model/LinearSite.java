package dev.peftu.model;

/**
 * A linear layer of the encoder that a PEFT method can wrap, named as in Hugging Face BERT so
 * that target modules read as they do in HF PEFT ({@code query}, {@code value},
 * {@code attention.output.dense}, {@code intermediate.dense}, {@code output.dense}).
 *
 * @param layer the transformer layer, from 0
 * @param name the layer's name inside a transformer layer, e.g. {@code attention.self.query}
 */
public record LinearSite(int layer, String name) {

    /** Query projection of self-attention. */
    public static final String QUERY = "attention.self.query";
    /** Key projection of self-attention. */
    public static final String KEY = "attention.self.key";
    /** Value projection of self-attention. */
    public static final String VALUE = "attention.self.value";
    /** Output projection of self-attention (before the residual and LayerNorm). */
    public static final String ATTENTION_OUTPUT = "attention.output.dense";
    /** First feed-forward projection (before GELU). */
    public static final String INTERMEDIATE = "intermediate.dense";
    /** Second feed-forward projection (before the residual and LayerNorm). */
    public static final String OUTPUT = "output.dense";

    /** Every linear layer of a transformer layer, in forward order. */
    public static final java.util.List<String> NAMES =
            java.util.List.of(QUERY, KEY, VALUE, ATTENTION_OUTPUT, INTERMEDIATE, OUTPUT);

    /** Returns the input width of this layer in an encoder of the given architecture. */
    public int inFeatures(BertConfig config) {
        return name.equals(OUTPUT) ? config.intermediateSize() : config.hiddenSize();
    }

    /** Returns the output width of this layer in an encoder of the given architecture. */
    public int outFeatures(BertConfig config) {
        return name.equals(INTERMEDIATE) ? config.intermediateSize() : config.hiddenSize();
    }

    /** Returns the full module path as HF names it, e.g. {@code encoder.layer.0.attention.self.query}. */
    public String modulePath() {
        return "encoder.layer." + layer + "." + name;
    }

    /** Returns whether this site's short name matches a target such as {@code query} or {@code output.dense}. */
    public boolean matches(String target) {
        return name.equals(target) || name.endsWith("." + target);
    }
}
