package dev.peftu.data;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-label scores, in a task's label order, into labels: the one decoder every
 * predictor and the synthetic task generator share. The top label is the highest score, ties
 * going to the label the task lists first; a multi-label set adds every label scoring at or
 * above a threshold.
 */
public final class LabelScores {

    private LabelScores() {
    }

    /**
     * Returns the index of the highest score; ties go to the earliest index.
     *
     * @param scores at least one score
     * @return the index
     */
    public static int top(double[] scores) {
        int best = 0;
        for (int i = 1; i < scores.length; i++) {
            if (scores[i] > scores[best]) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Returns the labels the scores choose: the top label, and for a multi-label task every label
     * whose score is at least the threshold, in the task's label order.
     *
     * @param task the task, whose labels the scores follow
     * @param scores one score per label
     * @param threshold the score from which a label joins a multi-label set
     * @return the chosen labels, the top one always among them
     */
    public static List<String> chosen(TaskDefinition task, double[] scores, double threshold) {
        if (scores.length != task.labels().size()) {
            throw new IllegalArgumentException("expected " + task.labels().size() + " scores, got " + scores.length);
        }
        int top = top(scores);
        List<String> chosen = new ArrayList<>();
        for (int l = 0; l < scores.length; l++) {
            if (l == top || (task.multiLabel() && scores[l] >= threshold)) {
                chosen.add(task.labels().get(l));
            }
        }
        return chosen;
    }
}
