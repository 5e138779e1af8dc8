package dev.peftu.eval;

import dev.peftu.data.LabelScores;
import dev.peftu.data.TaskDefinition;
import java.util.List;

/**
 * A prediction for one test example of one user.
 *
 * @param exampleId the example's id
 * @param label the top label; the prediction is right when the user's gold set contains it
 * @param labels the label set the predictor would assign (labels over its threshold); for
 *     single-label tasks this is {@code [label]}
 */
public record Prediction(String exampleId, String label, List<String> labels) {

    /** Copies the label set. */
    public Prediction {
        labels = List.copyOf(labels);
    }

    /**
     * Decodes per-label scores ({@link LabelScores}): the top label, and for a multi-label task
     * every label scoring at least the threshold.
     *
     * @param exampleId the example's id
     * @param task the task, whose labels the scores follow
     * @param scores one score per label, in the task's order
     * @param threshold the score from which a label joins a multi-label set
     * @return the prediction
     */
    public static Prediction decode(String exampleId, TaskDefinition task, double[] scores, double threshold) {
        return new Prediction(exampleId, task.labels().get(LabelScores.top(scores)),
                LabelScores.chosen(task, scores, threshold));
    }

    /** Creates a single-label prediction. */
    public static Prediction of(String exampleId, String label) {
        return new Prediction(exampleId, label, List.of(label));
    }
}
