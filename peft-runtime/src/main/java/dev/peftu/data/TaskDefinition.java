package dev.peftu.data;

import java.util.List;

/**
 * What a subjective task asks of its annotators, as in a PEFT-U {@code task.json}.
 *
 * @param name short task name, used in reports
 * @param labels the label vocabulary, in a fixed order
 * @param multiLabel whether one example may carry several labels
 * @param instruction the instruction text shown to annotators or prompted to a model
 */
public record TaskDefinition(String name, List<String> labels, boolean multiLabel, String instruction) {

    /** Copies the label list. */
    public TaskDefinition {
        labels = List.copyOf(labels);
    }
}
