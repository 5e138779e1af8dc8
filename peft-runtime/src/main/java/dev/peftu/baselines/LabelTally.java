package dev.peftu.baselines;

import dev.peftu.data.LabelScores;
import dev.peftu.data.TaskDefinition;
import dev.peftu.eval.Prediction;
import java.util.Collection;

/**
 * Weighted votes for a task's labels, turned into a prediction: the top label (ties go to the
 * label listed first by the task) and, for multi-label tasks, every label that at least half of
 * the voting weight chose.
 */
final class LabelTally {

    private final TaskDefinition task;
    private final double[] weights;
    private double voters;

    LabelTally(TaskDefinition task) {
        this.task = task;
        this.weights = new double[task.labels().size()];
    }

    /** Adds one voter of the given weight choosing a label set. */
    LabelTally add(Collection<String> labels, double weight) {
        for (String label : labels) {
            int index = task.labels().indexOf(label);
            if (index >= 0) {
                weights[index] += weight;
            }
        }
        voters += weight;
        return this;
    }

    /** Returns whether any weight was cast. */
    boolean isEmpty() {
        return voters <= 0;
    }

    /** Returns each label's share of the voting weight, in task order; all zero when no weight was cast. */
    double[] fractions() {
        double[] fractions = new double[weights.length];
        for (int i = 0; i < weights.length && voters > 0; i++) {
            fractions[i] = weights[i] / voters;
        }
        return fractions;
    }

    /** Returns the top label; ties (and an empty tally) go to the earliest task label. */
    String top() {
        return task.labels().get(LabelScores.top(weights));
    }

    /**
     * Returns the prediction for one example: the top label and, for multi-label tasks, every
     * label that at least half of the voting weight chose.
     */
    Prediction predict(String exampleId) {
        return Prediction.decode(exampleId, task, fractions(), 0.5);
    }
}
