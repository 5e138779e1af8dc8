package dev.peftu.data;

import java.util.List;

/**
 * What a subjective task asks of its annotators, as in a PEFT-U {@code task.json}, and how it is
 * asked of a generative base model.
 *
 * @param name short task name, used in reports
 * @param labels the label vocabulary, in a fixed order
 * @param multiLabel whether one example may carry several labels
 * @param instruction the instruction text shown to annotators or prompted to a model
 * @param prompt the prompt and label words a generative base model scores labels with
 */
public record TaskDefinition(String name, List<String> labels, boolean multiLabel, String instruction,
                             LabelPrompt prompt) {

    /**
     * Copies the label list and checks that the prompt verbalizes only the task's labels.
     *
     * @throws IllegalArgumentException naming a verbalized label the task does not have
     */
    public TaskDefinition {
        labels = List.copyOf(labels);
        prompt.requireLabels(labels);
    }

    /** A task asked with the default prompt ({@link LabelPrompt#DEFAULT}). */
    public TaskDefinition(String name, List<String> labels, boolean multiLabel, String instruction) {
        this(name, labels, multiLabel, instruction, LabelPrompt.DEFAULT);
    }

    /** Returns the same task asked with another prompt. */
    public TaskDefinition withPrompt(LabelPrompt other) {
        return new TaskDefinition(name, labels, multiLabel, instruction, other);
    }
}
