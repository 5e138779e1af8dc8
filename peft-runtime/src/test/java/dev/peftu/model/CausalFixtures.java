package dev.peftu.model;

import ai.djl.ndarray.NDManager;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.data.LabelPrompt;
import dev.peftu.data.TaskDefinition;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The tiny random causal LMs under {@code src/test/resources/causal/<model_type>/}, written by
 * transformers ({@code src/test/python/make_causal_fixtures.py}), with the batch and the logits
 * transformers computed for it ({@code expected.json}), and the label scores and one LoRA
 * training step's gradients transformers and HF PEFT computed on a prompt
 * ({@code expected-training.json}, {@code src/test/python/make_causal_training_fixtures.py}).
 */
public final class CausalFixtures {

    /** Every fixture directory's name, one per supported model_type. */
    public static final List<String> NAMES = List.of("llama", "mistral", "qwen2", "qwen3");

    private static final ObjectMapper JSON = new ObjectMapper();

    private CausalFixtures() {
    }

    public static Stream<String> names() {
        return NAMES.stream();
    }

    /** Returns the fixture's model directory. */
    public static Path directory(String name) {
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

    /**
     * What {@code expected-training.json} holds: a prompt template and label words, each filled
     * prompt's and each label's token ids, the label scores transformers computed after each
     * prompt (SUM and MEAN, {@code [prompt][label]}), LoRA's settings and fixed starting weights,
     * each prompt's gold label, and for each label score HF PEFT's loss and gradients of one
     * training step on those prompts.
     *
     * @param template the prompt template, with {@code {text}}
     * @param labels the labels, in the task's order
     * @param verbalizations each label's words, in label order
     * @param texts the texts that fill the template
     * @param promptIds each filled prompt's token ids (special tokens included)
     * @param labelIds each label's words' token ids (no special tokens), in label order
     * @param scores {@code [prompt][label]} by label score, {@code sum} and {@code mean}
     * @param rank LoRA's r
     * @param alpha LoRA's alpha
     * @param targets LoRA's target modules
     * @param loraWeights the starting lora_A and lora_B, keyed as HF PEFT stores them
     * @param gold each text's gold label
     * @param steps the training step's loss and gradients by label score, {@code sum} and {@code mean}
     */
    public record Training(String template, List<String> labels, List<String> verbalizations, List<String> texts,
                           List<long[]> promptIds, List<long[]> labelIds, Map<String, float[][]> scores, int rank,
                           double alpha, List<String> targets, Map<String, HostTensor> loraWeights, List<String> gold,
                           Map<String, Step> steps) {

        /**
         * The loss of one training step and the gradient of every LoRA tensor.
         *
         * @param loss the mean over the prompts of the negated score of the gold label
         * @param gradients by HF PEFT's stored name
         */
        public record Step(float loss, Map<String, HostTensor> gradients) {
        }

        /** Reads a fixture's {@code expected-training.json}. */
        public static Training of(String name) {
            JsonNode root;
            try {
                root = JSON.readTree(directory(name).resolve("expected-training.json").toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Map<String, float[][]> scores = new LinkedHashMap<>();
            root.get("scores").fields().forEachRemaining(kind -> {
                float[][] table = new float[kind.getValue().size()][];
                for (int p = 0; p < table.length; p++) {
                    table[p] = floats(kind.getValue().get(p));
                }
                scores.put(kind.getKey(), table);
            });
            Map<String, Step> steps = new LinkedHashMap<>();
            root.get("training").fields().forEachRemaining(kind -> steps.put(kind.getKey(),
                    new Step((float) kind.getValue().get("loss").asDouble(), tensors(kind.getValue().get("gradients")))));
            JsonNode lora = root.get("lora");
            return new Training(root.get("template").asText(), strings(root.get("labels")),
                    strings(root.get("verbalizations")), strings(root.get("texts")), ids(root.get("prompt_ids")),
                    ids(root.get("label_ids")), scores, lora.get("r").asInt(), lora.get("alpha").asDouble(),
                    strings(lora.get("targets")),
                    tensors(lora.get("weights")), strings(root.get("gold")), steps);
        }

        /** Returns the prompt: the template, each label's words, and whether a label's score is the mean of its tokens'. */
        public LabelPrompt prompt(boolean meanScore) {
            Map<String, String> words = new LinkedHashMap<>();
            for (int l = 0; l < labels.size(); l++) {
                words.put(labels.get(l), verbalizations.get(l));
            }
            return new LabelPrompt(template, words, meanScore);
        }

        /** Returns a single-label task over the labels, asked with {@link #prompt}. */
        public TaskDefinition task(boolean meanScore) {
            return new TaskDefinition("parity", labels, false, "", prompt(meanScore));
        }

        private static List<String> strings(JsonNode array) {
            List<String> values = new ArrayList<>();
            array.forEach(value -> values.add(value.asText()));
            return values;
        }

        private static List<long[]> ids(JsonNode rows) {
            List<long[]> values = new ArrayList<>();
            for (JsonNode row : rows) {
                long[] ids = new long[row.size()];
                for (int t = 0; t < ids.length; t++) {
                    ids[t] = row.get(t).asLong();
                }
                values.add(ids);
            }
            return values;
        }

        private static float[] floats(JsonNode array) {
            float[] values = new float[array.size()];
            for (int i = 0; i < values.length; i++) {
                values[i] = (float) array.get(i).asDouble();
            }
            return values;
        }

        /** Reads 2-d tensors written as nested lists, in file order. */
        private static Map<String, HostTensor> tensors(JsonNode byName) {
            Map<String, HostTensor> tensors = new LinkedHashMap<>();
            byName.fields().forEachRemaining(entry -> {
                JsonNode rows = entry.getValue();
                int columns = rows.get(0).size();
                float[] data = new float[rows.size() * columns];
                for (int r = 0; r < rows.size(); r++) {
                    System.arraycopy(floats(rows.get(r)), 0, data, r * columns, columns);
                }
                tensors.put(entry.getKey(), new HostTensor(new long[] {rows.size(), columns}, data));
            });
            return tensors;
        }
    }
}
