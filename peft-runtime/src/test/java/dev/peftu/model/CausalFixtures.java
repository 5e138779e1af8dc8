package dev.peftu.model;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The tiny random causal LMs under {@code src/test/resources/causal/<model_type>/}, written by
 * transformers ({@code src/test/python/make_causal_fixtures.py}), with the batch and the logits
 * transformers computed for it ({@code expected.json}).
 */
final class CausalFixtures {

    /** Every fixture directory's name, one per supported model_type. */
    static final List<String> NAMES = List.of("llama", "mistral", "qwen2", "qwen3");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CausalFixtures() {
    }

    static Stream<String> names() {
        return NAMES.stream();
    }

    /** Returns the fixture's model directory. */
    static Path directory(String name) {
        try {
            return Path.of(CausalFixtures.class.getResource("/causal/" + name).toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Copies a fixture's directory to a scratch directory a test may break. */
    static Path copy(String name, Path target) throws IOException {
        try (Stream<Path> files = Files.list(directory(name))) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        return target;
    }

    /**
     * The batch of {@code expected.json} and transformers' logits for it.
     *
     * @param rows each row's token ids without its padding
     * @param logits {@code [row][position][vocab]} over the padded batch
     */
    record Expected(List<long[]> rows, float[][][] logits) {

        /** Reads a fixture's {@code expected.json}. */
        static Expected of(String name) {
            JsonNode root;
            try {
                root = JSON.readTree(directory(name).resolve("expected.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            List<long[]> rows = new ArrayList<>();
            float[][][] logits = new float[root.get("input_ids").size()][][];
            for (int r = 0; r < logits.length; r++) {
                JsonNode ids = root.get("input_ids").get(r);
                JsonNode mask = root.get("attention_mask").get(r);
                int real = 0;
                while (real < mask.size() && mask.get(real).asInt() == 1) {
                    real++;
                }
                long[] row = new long[real];
                for (int t = 0; t < real; t++) {
                    row[t] = ids.get(t).asLong();
                }
                rows.add(row);
                JsonNode positions = root.get("logits").get(r);
                logits[r] = new float[positions.size()][];
                for (int t = 0; t < positions.size(); t++) {
                    JsonNode values = positions.get(t);
                    logits[r][t] = new float[values.size()];
                    for (int v = 0; v < values.size(); v++) {
                        logits[r][t][v] = (float) values.get(v).asDouble();
                    }
                }
            }
            return new Expected(rows, logits);
        }

        /** Pads the rows into a batch on the manager. */
        EncodedBatch batch(NDManager step) {
            return EncodedBatch.pad(step, rows);
        }
    }
}
