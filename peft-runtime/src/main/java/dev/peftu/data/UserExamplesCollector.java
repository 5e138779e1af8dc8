package dev.peftu.data;

import dev.peftu.api.InvalidRows;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Gathers per-user examples in source order while an importer walks its rows, and applies the
 * {@link InvalidRows} choice to rows that cannot be used: fail at the first, or count them.
 */
final class UserExamplesCollector {

    private final InvalidRows invalidRows;
    private final Map<String, List<Example>> examplesByUser = new LinkedHashMap<>();
    private final Map<String, Integer> dropped = new LinkedHashMap<>();

    UserExamplesCollector(InvalidRows invalidRows) {
        this.invalidRows = Objects.requireNonNull(invalidRows, "invalidRows");
    }

    /** Adds a user's example; importers reject a repeated (text, user) pair before they get here. */
    void add(String userId, Example example) {
        examplesByUser.computeIfAbsent(userId, u -> new ArrayList<>()).add(example);
    }

    /**
     * Handles a row that cannot be used: throws {@code problem} under {@link InvalidRows#FAIL},
     * counts it under {@code reason} under {@link InvalidRows#DROP}.
     */
    void reject(DropReason reason, DatasetFormatException problem) throws DatasetFormatException {
        rejectRow(invalidRows, dropped, reason, problem);
    }

    AnnotatedTask build(TaskDefinition task) {
        return new AnnotatedTask(task, examplesByUser, dropped);
    }

    /** The one rule for an unusable row or sample, shared by the CSV importers and the PEFT-U JSON reader. */
    static void rejectRow(InvalidRows invalidRows, Map<String, Integer> dropped, DropReason reason,
                          DatasetFormatException problem) throws DatasetFormatException {
        if (invalidRows == InvalidRows.FAIL) {
            throw new DatasetFormatException(problem.file(), problem.location(),
                    problem.problem() + " " + DropReason.DROP_HINT);
        }
        dropped.merge(reason.description(), 1, Integer::sum);
    }
}
