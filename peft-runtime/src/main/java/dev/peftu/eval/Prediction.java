package dev.peftu.eval;

import dev.peftu.data.LabelScores;
import dev.peftu.data.TaskDefinition;
import java.util.Arrays;
import java.util.List;

/**
 * A prediction for one example of one user: the label it chooses and the per-label scores it
 * chose from, which what combines contenders ({@code stack}) reads as features.
 *
 * @param exampleId the example's id
 * @param label the top label; the prediction is right when the user's gold set contains it
 * @param labels the label set the predictor would assign (labels over its threshold); for
 *     single-label tasks this is {@code [label]}
 * @param scores one score per label in the task's order, each in [0, 1] for peftu's own
 *     contenders (a probability or a share of votes); empty when the predictor gives only labels,
 *     whose scores {@link #scores(TaskDefinition)} then derives
 */
public record Prediction(String exampleId, String label, List<String> labels, List<Double> scores) {

    /** Copies the label set and the scores; a score must be a finite number. */
    public Prediction {
        labels = List.copyOf(labels);
        scores = List.copyOf(scores);
        for (double score : scores) {
            if (!Double.isFinite(score)) {
                throw new IllegalArgumentException("prediction of example " + exampleId + " has score " + score
                        + "; expected a finite number per label");
            }
        }
    }

    /** A prediction that gives only labels, no scores. */
    public Prediction(String exampleId, String label, List<String> labels) {
        this(exampleId, label, labels, List.of());
    }

    /**
     * Decodes per-label scores ({@link LabelScores}): the top label, and for a multi-label task
     * every label scoring at least the threshold. The scores are kept with the prediction.
     *
     * @param exampleId the example's id
     * @param task the task, whose labels the scores follow
     * @param scores one score per label, in the task's order
     * @param threshold the score from which a label joins a multi-label set
     * @return the prediction
     */
    public static Prediction decode(String exampleId, TaskDefinition task, double[] scores, double threshold) {
        return new Prediction(exampleId, task.labels().get(LabelScores.top(scores)),
                LabelScores.chosen(task, scores, threshold), Arrays.stream(scores).boxed().toList());
    }

    /**
     * Decodes one row of a row-major {@code [rows, labels]} array of per-label scores, as
     * {@link #decode(String, TaskDefinition, double[], double)} does.
     *
     * @param exampleId the example's id
     * @param task the task, whose labels the scores follow
     * @param rowMajor every row's scores, one per label in the task's order
     * @param row which row
     * @param threshold the score from which a label joins a multi-label set
     * @return the prediction
     */
    public static Prediction decodeRow(String exampleId, TaskDefinition task, float[] rowMajor, int row,
                                       double threshold) {
        int labels = task.labels().size();
        double[] scores = new double[labels];
        for (int l = 0; l < labels; l++) {
            scores[l] = rowMajor[row * labels + l];
        }
        return decode(exampleId, task, scores, threshold);
    }

    /** Creates a single-label prediction without scores. */
    public static Prediction of(String exampleId, String label) {
        return new Prediction(exampleId, label, List.of(label));
    }

    /**
     * Returns one score per label of the task: the prediction's own, or for a prediction that
     * gives only labels, 1 for each label of its set and 0 for the others.
     *
     * @param task the task the prediction is for
     * @return the scores in the task's label order
     * @throws IllegalArgumentException when the prediction holds scores for another number of labels
     */
    public double[] scores(TaskDefinition task) {
        int labelCount = task.labels().size();
        double[] result = new double[labelCount];
        if (scores.isEmpty()) {
            labels.forEach(chosen -> {
                int index = task.labels().indexOf(chosen);
                if (index >= 0) {
                    result[index] = 1;
                }
            });
            return result;
        }
        if (scores.size() != labelCount) {
            throw new IllegalArgumentException("prediction of example " + exampleId + " has " + scores.size()
                    + " scores; expected one per label of task " + task.name() + " (" + labelCount + ")");
        }
        for (int l = 0; l < labelCount; l++) {
            result[l] = scores.get(l);
        }
        return result;
    }
}
