package dev.peftu.data;

import java.util.Collection;
import java.util.List;

/** Puts label sets in the task's label order, so equal sets compare equal as lists. */
final class LabelSets {

    private LabelSets() {
    }

    /** Returns the distinct labels of {@code labels} in the order of {@code task.labels()}. */
    static List<String> canonical(TaskDefinition task, Collection<String> labels) {
        return task.labels().stream().filter(labels::contains).toList();
    }
}
