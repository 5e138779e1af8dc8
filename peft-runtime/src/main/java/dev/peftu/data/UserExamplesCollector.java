package dev.peftu.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Gathers per-user examples in source order while an importer walks its rows. */
final class UserExamplesCollector {

    private final Map<String, List<Example>> examplesByUser = new LinkedHashMap<>();
    private final Map<String, Set<String>> idsByUser = new LinkedHashMap<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();

    /** Adds an example unless the user already has one with this id; returns whether it was added. */
    boolean add(String userId, Example example) {
        if (!idsByUser.computeIfAbsent(userId, u -> new HashSet<>()).add(example.id())) {
            return false;
        }
        examplesByUser.computeIfAbsent(userId, u -> new ArrayList<>()).add(example);
        return true;
    }

    /** Counts one row left out for a reason. */
    void drop(String reason) {
        dropped.merge(reason, 1, Integer::sum);
    }

    AnnotatedTask build(TaskDefinition task) {
        return new AnnotatedTask(task, examplesByUser, dropped);
    }
}
