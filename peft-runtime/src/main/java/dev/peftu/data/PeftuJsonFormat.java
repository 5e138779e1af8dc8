package dev.peftu.data;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peftu.api.InvalidRows;
import dev.peftu.io.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Reads and writes a split personalized dataset in the PEFT-U layout: a directory holding
 * {@value #TASK_FILE} ({@code labels}, {@code multi_label}, {@code instruction}; other fields
 * are ignored) and a data file {@code {user_id: {"train"|"val"|"test": {sample_id: {"text": ...,
 * "label": [...]}}}}}. The data file is {@value #DATA_FILE}, or when that is absent the only
 * other {@code .json} file of the directory.
 *
 * <p>Reading checks everything a benchmark relies on and names the file and JSON path of the
 * first problem: labels outside the task's vocabulary, several labels in a single-label task,
 * users without examples, a sample id used twice for one user, duplicate JSON keys, and bytes that
 * are not UTF-8 (a byte order mark is skipped). A sample with an empty or missing label, or whose
 * id was given another text before, fails too unless {@link InvalidRows#DROP} is chosen, which
 * leaves it out and counts it in {@link PersonalizedDataset#droppedRows()}. Writing replaces each
 * file atomically.
 */
public final class PeftuJsonFormat {

    /** The task definition's file name. */
    public static final String TASK_FILE = "task.json";
    /** The data file's name when written. */
    public static final String DATA_FILE = "data.json";

    /** The splits of a user, in file order. */
    static final List<String> SPLITS = List.of("train", "val", "test");

    private final ObjectMapper mapper = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .build();

    /**
     * Reads a dataset directory.
     *
     * @param directory the directory holding {@value #TASK_FILE} and the data file
     * @return the dataset; the task is named after {@code name} in task.json, else the directory
     * @throws DatasetFormatException when a file does not hold what the format expects
     * @throws IOException when a file cannot be read
     */
    public PersonalizedDataset read(Path directory) throws IOException {
        return read(directory, InvalidRows.FAIL);
    }

    /**
     * Reads a dataset directory, failing at or dropping the samples that cannot be used.
     *
     * @param directory the directory holding {@value #TASK_FILE} and the data file
     * @param invalidRows what to do with a sample whose label is empty or missing, or whose id was
     *     given another text before
     * @return the dataset with the dropped samples counted; the task is named after {@code name} in
     *     task.json, else the directory
     * @throws DatasetFormatException when a file does not hold what the format expects
     * @throws IOException when a file cannot be read
     */
    public PersonalizedDataset read(Path directory, InvalidRows invalidRows) throws IOException {
        TaskDefinition task = readTask(directory.resolve(TASK_FILE), directoryName(directory));
        Path dataFile = dataFile(directory);
        PeftuJsonUsers users = new PeftuJsonUsers(dataFile, task, invalidRows);
        List<UserData> read = users.read(parse(dataFile));
        return new PersonalizedDataset(task, read, users.dropped(), List.of());
    }

    /**
     * Reads a PEFT-U {@code task.json}.
     *
     * @param taskFile the file
     * @param defaultName the task name when the file has no {@code name} field
     * @return the task definition
     * @throws DatasetFormatException when a field is missing or of the wrong kind
     * @throws IOException when the file cannot be read
     */
    public TaskDefinition readTask(Path taskFile, String defaultName) throws IOException {
        JsonNode root = parse(taskFile);
        expectObject(taskFile, "$", root, "an object with labels, multi_label and instruction");
        JsonNode labelsNode = root.get("labels");
        if (labelsNode == null || !labelsNode.isArray() || labelsNode.isEmpty()) {
            throw new DatasetFormatException(taskFile, "$.labels", "expected a non-empty array of label names");
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < labelsNode.size(); i++) {
            JsonNode label = labelsNode.get(i);
            String path = "$.labels[" + i + "]";
            if (!label.isTextual() || label.asText().isBlank()) {
                throw new DatasetFormatException(taskFile, path, "expected a non-blank label name, found " + label);
            }
            if (labels.contains(label.asText())) {
                throw new DatasetFormatException(taskFile, path, "duplicate label '" + label.asText() + "'");
            }
            labels.add(label.asText());
        }
        JsonNode multiLabel = root.get("multi_label");
        if (multiLabel == null || !multiLabel.isBoolean()) {
            throw new DatasetFormatException(taskFile, "$.multi_label", "expected true or false");
        }
        JsonNode instruction = root.path("instruction");
        if (!instruction.isMissingNode() && !instruction.isTextual()) {
            throw new DatasetFormatException(taskFile, "$.instruction", "expected a string");
        }
        JsonNode name = root.path("name");
        String taskName = name.isTextual() ? name.asText() : defaultName;
        return new TaskDefinition(taskName, labels, multiLabel.asBoolean(), instruction.asText(""));
    }

    /**
     * Writes a dataset directory: {@value #TASK_FILE} and {@value #DATA_FILE}, each atomically.
     *
     * @param dataset the dataset
     * @param directory the target directory, created when missing
     * @throws IOException when a file cannot be written
     */
    public void write(PersonalizedDataset dataset, Path directory) throws IOException {
        TaskDefinition task = dataset.task();
        ObjectNode taskNode = mapper.createObjectNode();
        taskNode.put("name", task.name());
        ArrayNode labels = taskNode.putArray("labels");
        task.labels().forEach(labels::add);
        taskNode.put("multi_label", task.multiLabel());
        taskNode.put("instruction", task.instruction());

        ObjectNode data = mapper.createObjectNode();
        for (UserData user : dataset.users()) {
            ObjectNode userNode = data.putObject(user.userId());
            List<List<Example>> parts = List.of(user.train(), user.val(), user.test());
            for (int i = 0; i < SPLITS.size(); i++) {
                ObjectNode split = userNode.putObject(SPLITS.get(i));
                for (Example example : parts.get(i)) {
                    ObjectNode sample = split.putObject(example.id());
                    sample.put("text", example.text());
                    ArrayNode gold = sample.putArray("label");
                    example.labels().forEach(gold::add);
                }
            }
        }
        AtomicFiles.write(directory.resolve(DATA_FILE), out -> writeJson(out, data));
        AtomicFiles.write(directory.resolve(TASK_FILE), out -> writeJson(out, taskNode));
    }

    private void writeJson(java.io.OutputStream out, JsonNode node) throws IOException {
        try (JsonGenerator generator = mapper.getFactory().createGenerator(out)) {
            generator.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
            generator.useDefaultPrettyPrinter();
            mapper.writeTree(generator, node);
        }
    }

    private JsonNode parse(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DatasetFormatException(file, "file", "expected a readable JSON file");
        }
        try {
            JsonNode node = mapper.readTree(Utf8Text.read(file));
            if (node == null || node.isMissingNode()) {
                throw new DatasetFormatException(file, "$", "expected a JSON document, found an empty file");
            }
            return node;
        } catch (JsonProcessingException e) {
            var where = e.getLocation();
            String location = where == null ? "$"
                    : "line " + where.getLineNr() + ", column " + where.getColumnNr();
            throw new DatasetFormatException(file, location, "malformed JSON: " + e.getOriginalMessage(), e);
        }
    }

    /** Fails naming the file and JSON path unless {@code node} is an object. */
    static void expectObject(Path file, String path, JsonNode node, String expected)
            throws DatasetFormatException {
        if (!node.isObject()) {
            throw new DatasetFormatException(file, path, "expected " + expected + ", found " + node.getNodeType());
        }
    }

    private static Path dataFile(Path directory) throws IOException {
        Path preferred = directory.resolve(DATA_FILE);
        if (Files.isRegularFile(preferred)) {
            return preferred;
        }
        if (!Files.isDirectory(directory)) {
            throw new DatasetFormatException(directory, "directory", "expected a dataset directory");
        }
        try (Stream<Path> files = Files.list(directory)) {
            List<Path> candidates = files
                    .filter(p -> p.getFileName().toString().endsWith(".json"))
                    .filter(p -> !p.getFileName().toString().equals(TASK_FILE))
                    .sorted()
                    .toList();
            if (candidates.size() != 1) {
                throw new DatasetFormatException(directory, "directory",
                        "expected " + DATA_FILE + " or exactly one other .json data file, found " + candidates);
            }
            return candidates.get(0);
        }
    }

    private static String directoryName(Path directory) {
        Path name = directory.toAbsolutePath().normalize().getFileName();
        return name == null ? "task" : name.toString();
    }
}
