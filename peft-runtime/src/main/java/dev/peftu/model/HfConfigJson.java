package dev.peftu.model;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peftu.store.FileFormatException;
import dev.peftu.store.JsonFiles;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@code config.json} of a Hugging Face checkpoint: the one place that dispatches on
 * {@code model_type} to the architecture peftu runs it as (a {@link BertConfig}, or a
 * {@link CausalLmConfig} through {@link CausalLmConfigJson}), with the field readers both use.
 * BERT configurations the encoder would run differently from the checkpoint's training (another
 * activation or position embedding) are rejected.
 */
final class HfConfigJson {

    private static final String MODEL_TYPE = "model_type";
    private static final String BERT = "bert";

    private HfConfigJson() {
    }

    /**
     * Reads the architecture of any supported model: BERT when {@code model_type} is {@code bert} or
     * absent, a causal LM for {@link CausalLmConfig#MODEL_TYPES}.
     *
     * @throws FileFormatException naming the file and field when the type is unsupported or a field wrong
     */
    static Architecture architecture(Path file) throws IOException {
        String source = file.toString();
        JsonNode root = root(file);
        JsonNode type = root.get(MODEL_TYPE);
        if (type == null || type.isNull() || BERT.equals(type.asText())) {
            return bert(root, source);
        }
        if (CausalLmConfig.MODEL_TYPES.contains(type.asText())) {
            return CausalLmConfigJson.read(root, source);
        }
        List<String> supported = new ArrayList<>(List.of(BERT));
        supported.addAll(CausalLmConfig.MODEL_TYPES);
        throw new FileFormatException(source, "field " + MODEL_TYPE + " is " + type + "; expected one of "
                + String.join(", ", supported));
    }

    /** Reads the configuration of a BERT-family encoder, rejecting any other {@code model_type}. */
    static BertConfig read(Path file) throws IOException {
        return bert(root(file), file.toString());
    }

    private static JsonNode root(Path file) throws IOException {
        return JsonFiles.readObject(file, "a Hugging Face config object");
    }

    private static BertConfig bert(JsonNode root, String source) throws FileFormatException {
        requireIfPresent(root, MODEL_TYPE, BERT, source);
        requireIfPresent(root, "hidden_act", "gelu", source);
        requireIfPresent(root, "position_embedding_type", "absolute", source);
        try {
            return new BertConfig(
                    integer(root, "vocab_size", source),
                    integer(root, "hidden_size", source),
                    integer(root, "num_hidden_layers", source),
                    integer(root, "num_attention_heads", source),
                    integer(root, "intermediate_size", source),
                    integer(root, "max_position_embeddings", source),
                    integer(root, "type_vocab_size", source),
                    (float) number(root, "layer_norm_eps", source).doubleValue());
        } catch (IllegalArgumentException invalid) {
            throw new FileFormatException(source, invalid.getMessage(), invalid);
        }
    }

    /** Rejects a field that is present, not null and not the expected string. */
    static void requireIfPresent(JsonNode root, String field, String expected, String source)
            throws FileFormatException {
        JsonNode value = root.get(field);
        if (value != null && !value.isNull() && !expected.equals(value.asText())) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected \"" + expected
                    + "\" (or no " + field + ")");
        }
    }

    /** Returns a required integer field. */
    static int integer(JsonNode root, String field, String source) throws FileFormatException {
        JsonNode value = number(root, field, source);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected an integer");
        }
        return value.intValue();
    }

    /** Returns a required number field. */
    static JsonNode number(JsonNode root, String field, String source) throws FileFormatException {
        JsonNode value = root.get(field);
        if (value == null) {
            throw new FileFormatException(source, "field " + field + " is missing; expected a number");
        }
        if (!value.isNumber()) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected a number");
        }
        return value;
    }

    /** Returns a boolean field, or the default when it is absent or null. */
    static boolean bool(JsonNode root, String field, boolean absent, String source) throws FileFormatException {
        JsonNode value = root.get(field);
        if (value == null || value.isNull()) {
            return absent;
        }
        if (!value.isBoolean()) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected true or false");
        }
        return value.booleanValue();
    }
}
