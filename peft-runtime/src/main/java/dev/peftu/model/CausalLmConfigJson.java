package dev.peftu.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peftu.store.FileFormatException;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * Reads the {@code config.json} of a Llama-family causal LM into a {@link CausalLmConfig}, in
 * either layout transformers writes: {@code rope_theta} and {@code rope_scaling} at the top level
 * (checkpoints written before transformers 5, most of the Hub) or one {@code rope_parameters}
 * object (transformers 5). Settings the forward pass would run differently from transformers are
 * errors naming the field: another activation, feed-forward biases, a rotary scaling other than
 * Llama 3's, Qwen's sliding-window layers.
 */
final class CausalLmConfigJson {

    /** The base transformers uses when a configuration names none. */
    private static final double DEFAULT_ROPE_THETA = 10_000.0;
    private static final String ROPE_PARAMETERS = "rope_parameters";
    private static final String ROPE_SCALING = "rope_scaling";
    private static final String ROPE_THETA = "rope_theta";
    private static final String LLAMA3 = "llama3";
    private static final String DEFAULT_ROPE = "default";

    private CausalLmConfigJson() {
    }

    static CausalLmConfig read(JsonNode root, String source) throws FileFormatException {
        String modelType = root.get("model_type").asText();
        HfConfigJson.requireIfPresent(root, "hidden_act", "silu", source);
        if (HfConfigJson.bool(root, "mlp_bias", false, source)) {
            throw new FileFormatException(source, "field mlp_bias is true; expected false (feed-forward biases "
                    + "are not supported)");
        }
        if (HfConfigJson.bool(root, "use_sliding_window", false, source)) {
            throw new FileFormatException(source, "field use_sliding_window is true; expected false (sliding-"
                    + "window layers of " + modelType + " are not supported)");
        }
        int hidden = HfConfigJson.integer(root, "hidden_size", source);
        int heads = HfConfigJson.integer(root, "num_attention_heads", source);
        int keyValueHeads = present(root, "num_key_value_heads")
                ? HfConfigJson.integer(root, "num_key_value_heads", source) : heads;
        int headSize;
        if (present(root, "head_dim")) {
            headSize = HfConfigJson.integer(root, "head_dim", source);
        } else if (heads > 0 && hidden % heads == 0) {
            headSize = hidden / heads;
        } else {
            throw new FileFormatException(source, "field head_dim is missing and hidden_size " + hidden
                    + " is not a multiple of num_attention_heads " + heads + "; expected either");
        }
        boolean attentionBias = HfConfigJson.bool(root, "attention_bias", false, source);
        boolean qwen2 = modelType.equals("qwen2");
        boolean mistral = modelType.equals("mistral");
        try {
            return new CausalLmConfig(modelType,
                    HfConfigJson.integer(root, "vocab_size", source),
                    hidden,
                    HfConfigJson.integer(root, "intermediate_size", source),
                    HfConfigJson.integer(root, "num_hidden_layers", source),
                    heads, keyValueHeads, headSize,
                    (float) HfConfigJson.number(root, "rms_norm_eps", source).doubleValue(),
                    rotary(root, source),
                    HfConfigJson.integer(root, "max_position_embeddings", source),
                    HfConfigJson.bool(root, "tie_word_embeddings", false, source),
                    // Qwen2 always has query, key and value biases; Mistral never has any
                    qwen2 || !mistral && attentionBias,
                    !qwen2 && !mistral && attentionBias,
                    modelType.equals("qwen3"),
                    mistral && present(root, "sliding_window")
                            ? OptionalInt.of(HfConfigJson.integer(root, "sliding_window", source))
                            : OptionalInt.empty());
        } catch (IllegalArgumentException invalid) {
            throw new FileFormatException(source, invalid.getMessage(), invalid);
        }
    }

    private static RotaryEmbedding rotary(JsonNode root, String source) throws FileFormatException {
        JsonNode parameters = root.get(ROPE_PARAMETERS);
        if (parameters != null && !parameters.isNull()) {
            if (!parameters.isObject()) {
                throw new FileFormatException(source, "field " + ROPE_PARAMETERS + " is " + parameters
                        + "; expected an object with rope_type and rope_theta");
            }
            double theta = present(parameters, ROPE_THETA)
                    ? HfConfigJson.number(parameters, ROPE_THETA, source + " " + ROPE_PARAMETERS).doubleValue()
                    : DEFAULT_ROPE_THETA;
            return rotary(theta, parameters, ROPE_PARAMETERS, source);
        }
        double theta = present(root, ROPE_THETA)
                ? HfConfigJson.number(root, ROPE_THETA, source).doubleValue() : DEFAULT_ROPE_THETA;
        JsonNode scaling = root.get(ROPE_SCALING);
        if (scaling == null || scaling.isNull()) {
            return rotary(theta, Optional.empty(), source);
        }
        if (!scaling.isObject()) {
            throw new FileFormatException(source, "field " + ROPE_SCALING + " is " + scaling
                    + "; expected null or an object with rope_type \"" + LLAMA3 + "\"");
        }
        return rotary(theta, scaling, ROPE_SCALING, source);
    }

    /** Reads the rotary type and, for Llama 3's, its scaling from an object named {@code field}. */
    private static RotaryEmbedding rotary(double theta, JsonNode node, String field, String source)
            throws FileFormatException {
        // the older checkpoints call rope_type "type"
        JsonNode type = present(node, "rope_type") ? node.get("rope_type") : node.get("type");
        String name = type == null || type.isNull() ? DEFAULT_ROPE : type.asText();
        if (name.equals(DEFAULT_ROPE)) {
            return rotary(theta, Optional.empty(), source);
        }
        if (!name.equals(LLAMA3)) {
            throw new FileFormatException(source, "field " + field + ".rope_type is " + type + "; expected \""
                    + LLAMA3 + "\" or \"" + DEFAULT_ROPE + "\" (or no " + field + ")");
        }
        String where = source + " " + field;
        try {
            return rotary(theta, Optional.of(new RotaryEmbedding.Llama3Scaling(
                    (float) HfConfigJson.number(node, "factor", where).doubleValue(),
                    (float) HfConfigJson.number(node, "low_freq_factor", where).doubleValue(),
                    (float) HfConfigJson.number(node, "high_freq_factor", where).doubleValue(),
                    HfConfigJson.integer(node, "original_max_position_embeddings", where))), source);
        } catch (IllegalArgumentException invalid) {
            throw new FileFormatException(source, "field " + field + ": " + invalid.getMessage(), invalid);
        }
    }

    private static RotaryEmbedding rotary(double theta, Optional<RotaryEmbedding.Llama3Scaling> llama3,
                                          String source) throws FileFormatException {
        try {
            return new RotaryEmbedding(theta, llama3);
        } catch (IllegalArgumentException invalid) {
            throw new FileFormatException(source, invalid.getMessage(), invalid);
        }
    }

    private static boolean present(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value != null && !value.isNull();
    }
}
