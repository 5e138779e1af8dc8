package dev.peftu.eval;

import java.util.List;

/**
 * F1 of predicted label sets against gold label sets, computed per label and averaged over the
 * labels (macro). Labels that neither the gold sets nor the predictions use are left out of the
 * average, as they say nothing about this user.
 */
public final class LabelSetF1 {

    private LabelSetF1() {
    }

    /**
     * Returns the macro F1.
     *
     * @param labels the task's labels
     * @param gold each example's gold set
     * @param predicted each example's predicted set, in the same order
     * @return the macro F1 in [0, 1]; 0 when no label is used at all
     */
    public static double macro(List<String> labels, List<List<String>> gold, List<List<String>> predicted) {
        if (gold.size() != predicted.size()) {
            throw new IllegalArgumentException("gold and predicted lists differ in size: "
                    + gold.size() + " vs " + predicted.size());
        }
        double sum = 0;
        int used = 0;
        for (String label : labels) {
            int truePositive = 0;
            int falsePositive = 0;
            int falseNegative = 0;
            for (int i = 0; i < gold.size(); i++) {
                boolean isGold = gold.get(i).contains(label);
                boolean isPredicted = predicted.get(i).contains(label);
                if (isGold && isPredicted) {
                    truePositive++;
                } else if (isPredicted) {
                    falsePositive++;
                } else if (isGold) {
                    falseNegative++;
                }
            }
            if (truePositive + falsePositive + falseNegative > 0) {
                sum += 2.0 * truePositive / (2.0 * truePositive + falsePositive + falseNegative);
                used++;
            }
        }
        return used == 0 ? 0 : sum / used;
    }
}
