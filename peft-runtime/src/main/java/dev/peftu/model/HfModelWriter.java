package dev.peftu.model;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peftu.store.Safetensors;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a base model as a Hugging Face BERT directory that {@code transformers} loads as it is:
 * {@value HfModelDirectory#CONFIG_FILE} ({@code model_type} {@code bert}, the architecture),
 * {@value HfModelDirectory#WEIGHTS_FILE} (the encoder's weights under {@code BertModel}'s names,
 * F32) and {@value HfModelDirectory#TOKENIZER_FILE} without a fixed padding, so that a text is
 * tokenized as peftu tokenizes it. The embedded default is converted from its ONNX file; a model
 * read from a directory is written back from what peftu read of it. No DJL is needed.
 */
public final class HfModelWriter {

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private HfModelWriter() {
    }

    /**
     * Writes a base model into a directory (created if needed; its three files are replaced).
     *
     * @param source a Hugging Face model directory, or empty for the embedded default
     * @param target the directory to write
     * @throws IOException when the model cannot be read or the files cannot be written
     */
    public static void write(Optional<Path> source, Path target) throws IOException {
        BertConfig config;
        Map<String, HostTensor> weights;
        ObjectNode tokenizer;
        if (source.isPresent()) {
            HfModelDirectory directory = HfModelDirectory.open(source.get());
            config = directory.config();
            weights = directory.weights();
            tokenizer = (ObjectNode) JSON.readTree(directory.tokenizerFile().toFile());
        } else {
            config = BertConfig.MINILM_L6;
            weights = OnnxModelReader.readEmbeddedMiniLm();
            try (InputStream in = HfModelWriter.class.getResourceAsStream(BaseModel.EMBEDDED_TOKENIZER)) {
                if (in == null) {
                    throw new IOException("classpath resource " + BaseModel.EMBEDDED_TOKENIZER + " not found");
                }
                tokenizer = (ObjectNode) JSON.readTree(in);
            }
        }
        Files.createDirectories(target);
        JSON.writeValue(target.resolve(HfModelDirectory.CONFIG_FILE).toFile(), configJson(config));
        Safetensors.write(target.resolve(HfModelDirectory.WEIGHTS_FILE), weights, Map.of("format", "pt"));
        // a text is padded to its batch's longest, never to a fixed length
        tokenizer.putNull("padding");
        JSON.writeValue(target.resolve(HfModelDirectory.TOKENIZER_FILE).toFile(), tokenizer);
    }

    /** The {@code config.json} of a {@code BertModel} with this architecture, as transformers writes one. */
    static Map<String, Object> configJson(BertConfig config) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("architectures", List.of("BertModel"));
        json.put("model_type", "bert");
        json.put("vocab_size", config.vocabSize());
        json.put("hidden_size", config.hiddenSize());
        json.put("num_hidden_layers", config.layers());
        json.put("num_attention_heads", config.heads());
        json.put("intermediate_size", config.intermediateSize());
        json.put("max_position_embeddings", config.maxPositions());
        json.put("type_vocab_size", config.typeVocabSize());
        json.put("layer_norm_eps", (double) config.layerNormEps());
        json.put("hidden_act", "gelu");
        json.put("position_embedding_type", "absolute");
        json.put("pad_token_id", 0);
        json.put("hidden_dropout_prob", 0.1);
        json.put("attention_probs_dropout_prob", 0.1);
        json.put("initializer_range", 0.02);
        return json;
    }
}
