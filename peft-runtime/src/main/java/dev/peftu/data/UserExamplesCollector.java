package dev.peftu.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Gathers per-user examples in source order while an importer walks its rows. */
final class UserExamplesCollector {

    private final Map<String, List<Example>> examplesByUser = new LinkedHashMap<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();

    /** Adds a user's example; importers reject a repeated (text, user) pair before they get here. */
    void add(String userId, Example example) {
        examplesByUser.computeIfAbsent(userId, u -> new ArrayList<>()).add(example);
    }

    /** Counts one row left out for a reason. */
    void drop(String reason) {
        dropped.merge(reason, 1, Integer::sum);
    }

    AnnotatedTask build(TaskDefinition task) {
        return new AnnotatedTask(task, examplesByUser, dropped);
    }
}
