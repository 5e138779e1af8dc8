package dev.peftu.data;

import static dev.peftu.data.PeftuJsonFormat.SPLITS;
import static dev.peftu.data.PeftuJsonFormat.expectObject;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peftu.api.InvalidRows;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the users of one PEFT-U data file against its task: every sample is checked, and one that
 * cannot be used (an empty or missing label, a sample id given another text before) fails the read
 * or, under {@link InvalidRows#DROP}, is left out and counted.
 */
final class PeftuJsonUsers {

    private final Path file;
    private final TaskDefinition task;
    private final InvalidRows invalidRows;
    private final TextsById texts = new TextsById();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();

    PeftuJsonUsers(Path file, TaskDefinition task, InvalidRows invalidRows) {
        this.file = file;
        this.task = task;
        this.invalidRows = invalidRows;
    }

    /** Reads every user of the parsed data file, in file order. */
    List<UserData> read(JsonNode root) throws DatasetFormatException {
        expectObject(file, "$", root, "an object of users");
        List<UserData> users = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> user = it.next();
            users.add(readUser(user.getKey(), user.getValue()));
        }
        return users;
    }

    /** Returns the samples left out so far, counted by {@link DropReason#description()}. */
    Map<String, Integer> dropped() {
        return dropped;
    }

    private UserData readUser(String userId, JsonNode userNode) throws DatasetFormatException {
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
            parts.add(readSplit(userPath + "." + split, userNode.get(split), seenIds));
        }
        if (seenIds.isEmpty()) {
            throw new DatasetFormatException(file, userPath, "user '" + userId + "' has no examples");
        }
        return new UserData(userId, parts.get(0), parts.get(1), parts.get(2));
    }

    private List<Example> readSplit(String path, JsonNode splitNode, Set<String> seenIds)
            throws DatasetFormatException {
        if (splitNode == null) {
            return List.of();
        }
        expectObject(file, path, splitNode, "an object of samples keyed by sample id");
        List<Example> examples = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = splitNode.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> sample = it.next();
            String samplePath = path + "." + sample.getKey();
            if (!seenIds.add(sample.getKey())) {
                throw new DatasetFormatException(file, samplePath,
                        "duplicate sample id '" + sample.getKey() + "' (already in another split of this user)");
            }
            readSample(samplePath, sample.getKey(), sample.getValue()).ifPresent(examples::add);
        }
        return examples;
    }

    private Optional<Example> readSample(String path, String id, JsonNode sample) throws DatasetFormatException {
        expectObject(file, path, sample, "an object with text and label");
        JsonNode text = sample.get("text");
        if (text == null || !text.isTextual()) {
            throw new DatasetFormatException(file, path + ".text", "expected a string");
        }
        Optional<String> otherText = texts.earlierPlaceOfOtherText(id, text.asText(), path);
        if (otherText.isPresent()) {
            reject(DropReason.TEXT_ID_REUSED, path + ".text", "sample id '" + id + "' was given another"
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
            reject(DropReason.EMPTY_LABEL, labelPath, "expected a non-empty array of labels, found "
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

    private void reject(DropReason reason, String path, String problem) throws DatasetFormatException {
        UserExamplesCollector.rejectRow(invalidRows, dropped, reason, new DatasetFormatException(file, path, problem));
    }
}
