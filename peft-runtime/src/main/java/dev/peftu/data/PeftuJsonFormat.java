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
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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

    private static final List<String> SPLITS = List.of("train", "val", "test");

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
        JsonNode root = parse(dataFile);
        expectObject(dataFile, "$", root, "an object of users");
        Reading reading = new Reading(dataFile, task, invalidRows);
        List<UserData> users = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> user = it.next();
            users.add(readUser(reading, user.getKey(), user.getValue()));
        }
        return new PersonalizedDataset(task, users, reading.dropped, List.of());
    }

    /** One data file being read: where, for which task, and what was dropped so far. */
    private static final class Reading {
        private final Path file;
        private final TaskDefinition task;
        private final InvalidRows invalidRows;
        private final TextsById texts = new TextsById();
        private final Map<String, Integer> dropped = new LinkedHashMap<>();

        Reading(Path file, TaskDefinition task, InvalidRows invalidRows) {
            this.file = file;
            this.task = task;
            this.invalidRows = invalidRows;
        }

        void reject(DropReason reason, String path, String problem) throws DatasetFormatException {
            UserExamplesCollector.rejectRow(invalidRows, dropped, reason, new DatasetFormatException(file, path, problem));
        }
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

    private UserData readUser(Reading reading, String userId, JsonNode userNode) throws DatasetFormatException {
        Path file = reading.file;
        String userPath = "$." + userId;
        expectObject(file, userPath, userNode, "an object with train, val and test");
        for (Iterator<String> names = userNode.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!SPLITS.contains(name)) {
                throw new DatasetFormatException(file, userPath + "." + name,
                        "unknown split '" + name + "', expected one of " + SPLITS);
            }
        }
        Set<String> seenIds = new HashSet<>();
        List<List<Example>> parts = new ArrayList<>();
        for (String split : SPLITS) {
            parts.add(readSplit(reading, userPath + "." + split, userNode.get(split), seenIds));
        }
        if (seenIds.isEmpty()) {
            throw new DatasetFormatException(file, userPath, "user '" + userId + "' has no examples");
        }
        return new UserData(userId, parts.get(0), parts.get(1), parts.get(2));
    }

    private List<Example> readSplit(Reading reading, String path, JsonNode splitNode, Set<String> seenIds)
            throws DatasetFormatException {
        if (splitNode == null) {
            return List.of();
        }
        Path file = reading.file;
        expectObject(file, path, splitNode, "an object of samples keyed by sample id");
        List<Example> examples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = splitNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> sample = it.next();
            String samplePath = path + "." + sample.getKey();
            if (!seenIds.add(sample.getKey())) {
                throw new DatasetFormatException(file, samplePath,
                        "duplicate sample id '" + sample.getKey() + "' (already in another split of this user)");
            }
            readSample(reading, samplePath, sample.getKey(), sample.getValue()).ifPresent(examples::add);
        }
        return examples;
    }

    private Optional<Example> readSample(Reading reading, String path, String id, JsonNode sample)
            throws DatasetFormatException {
        Path file = reading.file;
        TaskDefinition task = reading.task;
        expectObject(file, path, sample, "an object with text and label");
        JsonNode text = sample.get("text");
        if (text == null || !text.isTextual()) {
            throw new DatasetFormatException(file, path + ".text", "expected a string");
        }
        Optional<String> otherText = reading.texts.earlierPlaceOfOtherText(id, text.asText(), path);
        if (otherText.isPresent()) {
            reading.reject(DropReason.TEXT_ID_REUSED, path + ".text", "sample id '" + id + "' was given another"
                    + " text at " + otherText.get() + "; expected one text per sample id");
            return Optional.empty();
        }
        JsonNode label = sample.get("label");
        String labelPath = path + ".label";
        if (label != null && !label.isArray()) {
            throw new DatasetFormatException(file, labelPath, "expected a non-empty array of labels, found "
                    + label.getNodeType());
        }
        if (label == null || label.isEmpty()) {
            reading.reject(DropReason.EMPTY_LABEL, labelPath, "expected a non-empty array of labels, found "
                    + (label == null ? "no label field" : "[]"));
            return Optional.empty();
        }
        List<String> labels = new ArrayList<>();
        for (int i = 0; i < label.size(); i++) {
            JsonNode value = label.get(i);
            if (!value.isTextual() || !task.labels().contains(value.asText())) {
                throw new DatasetFormatException(file, labelPath + "[" + i + "]",
                        "unknown label " + value + ", expected one of " + task.labels());
            }
            labels.add(value.asText());
        }
        if (!task.multiLabel() && labels.size() > 1) {
            throw new DatasetFormatException(file, labelPath,
                    "expected one label for single-label task " + task.name() + ", found " + labels);
        }
        return Optional.of(new Example(id, text.asText(), LabelSets.canonical(task, labels)));
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

    private static void expectObject(Path file, String path, JsonNode node, String expected)
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
