package dev.peftu.data;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A task with every user's examples before they are split: what an importer or the synthetic
 * generator produces and what {@link PeftuSplitter} consumes.
 *
 * @param task the task definition
 * @param examplesByUser each user's examples in source order, users in source order
 * @param droppedRows rows the importer left out under {@code InvalidRows.DROP}, counted by
 *     {@link DropReason#description()}; empty when nothing was dropped
 */
public record AnnotatedTask(TaskDefinition task, Map<String, List<Example>> examplesByUser,
                            Map<String, Integer> droppedRows) {

    /** Copies the maps, keeping their order. */
    public AnnotatedTask {
        Map<String, List<Example>> users = new LinkedHashMap<>();
        examplesByUser.forEach((user, examples) -> users.put(user, List.copyOf(examples)));
        examplesByUser = java.util.Collections.unmodifiableMap(users);
        droppedRows = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(droppedRows));
    }

    /** Creates a task from which nothing was dropped. */
    public AnnotatedTask(TaskDefinition task, Map<String, List<Example>> examplesByUser) {
        this(task, examplesByUser, Map.of());
    }

    /** Returns the number of examples over all users. */
    public int exampleCount() {
        return examplesByUser.values().stream().mapToInt(List::size).sum();
    }
}
