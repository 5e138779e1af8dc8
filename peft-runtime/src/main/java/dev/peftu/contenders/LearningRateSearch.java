package dev.peftu.contenders;

import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.peft.TrainingKeys;
import java.math.BigDecimal;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code learningRate=auto}: the method's default learning rate, a third of it and three times
 * it, each trained as its own cohort run; the rate whose modules reach the best mean validation
 * accuracy over users wins (ties go to the earlier candidate, the default first). Only
 * validation examples are predicted, never test examples. The choice is made over the users of
 * the run, so shards of one run may choose differently.
 */
final class LearningRateSearch {

    /** The key under which the chosen rate is recorded among the effective settings. */
    static final String CHOSEN = TrainingKeys.LEARNING_RATE + ".chosen";

    private final List<String> candidates;
    private final Map<String, Double> accuracies = new LinkedHashMap<>();

    /**
     * Creates the search around a method's default rate.
     *
     * @param settings the method's effective settings without a learning rate override
     */
    LearningRateSearch(MethodSettings settings) {
        BigDecimal rate = BigDecimal.valueOf(settings.positive(TrainingKeys.LEARNING_RATE));
        this.candidates = List.of(plain(rate), plain(rate.divide(BigDecimal.valueOf(3), new java.math.MathContext(3))),
                plain(rate.multiply(BigDecimal.valueOf(3))));
    }

    /** Returns the rates tried, the default first. */
    List<String> candidates() {
        return candidates;
    }

    /**
     * Records a candidate's mean validation accuracy.
     *
     * @param rate the candidate
     * @param accuracy the mean validation accuracy of its users' modules
     */
    void record(String rate, double accuracy) {
        accuracies.put(rate, accuracy);
    }

    /** Returns a recorded candidate's mean validation accuracy. */
    double accuracy(String rate) {
        return accuracies.get(rate);
    }

    /**
     * Returns the chosen rate: the best mean validation accuracy, the earlier candidate on ties.
     *
     * @throws IllegalStateException when no user has validation examples to choose by
     */
    String chosen() {
        String best = null;
        for (String rate : candidates) {
            double accuracy = accuracies.getOrDefault(rate, Double.NaN);
            if (Double.isNaN(accuracy)) {
                throw new IllegalStateException("learningRate=auto needs validation examples; no user has any");
            }
            if (best == null || accuracy > accuracies.get(best)) {
                best = rate;
            }
        }
        return best;
    }

    /** Whether a prediction matches an example's gold label (single-label) or label set (multi-label). */
    static boolean correct(TaskDefinition task, Example example, Prediction prediction) {
        if (!task.multiLabel()) {
            return example.labels().get(0).equals(prediction.label());
        }
        return new HashSet<>(example.labels()).equals(new HashSet<>(prediction.labels()));
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
