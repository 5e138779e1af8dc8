package dev.peftu.model;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.store.FileFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Reads the {@code config.json} of a Hugging Face BERT checkpoint into a {@link BertConfig},
 * rejecting configurations the encoder would run differently from the checkpoint's training
 * (another model type, activation or position embedding).
 */
final class HfConfigJson {

    private static final ObjectMapper JSON = new ObjectMapper();

    private HfConfigJson() {
    }

    static BertConfig read(Path file) throws IOException {
        String source = file.toString();
        JsonNode root;
        try {
            root = JSON.readTree(Files.readString(file));
        } catch (JsonProcessingException notJson) {
            throw new FileFormatException(source, "not JSON at line " + notJson.getLocation().getLineNr() + ": "
                    + notJson.getOriginalMessage() + "; expected a Hugging Face config object", notJson);
        }
        if (root == null || !root.isObject()) {
            throw new FileFormatException(source, "not a JSON object; expected a Hugging Face config object");
        }
        requireIfPresent(root, "model_type", "bert", source);
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

    private static void requireIfPresent(JsonNode root, String field, String expected, String source)
            throws FileFormatException {
        JsonNode value = root.get(field);
        if (value != null && !value.isNull() && !expected.equals(value.asText())) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected \"" + expected
                    + "\" (or no " + field + ")");
        }
    }

    private static int integer(JsonNode root, String field, String source) throws FileFormatException {
        JsonNode value = number(root, field, source);
        if (!value.isIntegralNumber() || !value.canConvertToInt()) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected an integer");
        }
        return value.intValue();
    }

    private static JsonNode number(JsonNode root, String field, String source) throws FileFormatException {
        JsonNode value = root.get(field);
        if (value == null) {
            throw new FileFormatException(source, "field " + field + " is missing; expected a number");
        }
        if (!value.isNumber()) {
            throw new FileFormatException(source, "field " + field + " is " + value + "; expected a number");
        }
        return value;
    }
}
