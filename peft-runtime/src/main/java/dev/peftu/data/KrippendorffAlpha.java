package dev.peftu.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.OptionalDouble;
import java.util.Set;

/**
 * Krippendorff's alpha, the agreement among users who labelled the same texts:
 * {@code alpha = 1 - D_o / D_e}, with D_o the disagreement observed within texts and D_e the
 * disagreement expected by chance from all pairable values (Krippendorff, "Computing
 * Krippendorff's Alpha-Reliability"). Values are label sets compared by a
 * {@link LabelSetDistance}: nominal for single-label tasks, MASI for multi-label ones. Texts
 * labelled by fewer than two users are not pairable and are ignored; when all pairable values
 * are equal there is no disagreement at all and alpha is 1.
 */
public final class KrippendorffAlpha {

    private KrippendorffAlpha() {
    }

    /** Returns the alpha of a split dataset over all its splits, with the task's natural distance. */
    public static double of(PersonalizedDataset dataset) {
        return compute(dataset.labelSetsByUser(), distanceFor(dataset.task()));
    }

    /**
     * Returns the alpha of a split dataset, or empty when alpha is undefined for it: a single
     * user, or no text labelled by two users (as in a split that keeps every text with one user).
     */
    public static OptionalDouble ifDefined(PersonalizedDataset dataset) {
        Map<String, Map<String, Set<String>>> labelSets = dataset.labelSetsByUser();
        return hasPairableText(labelSets) ? OptionalDouble.of(compute(labelSets, distanceFor(dataset.task())))
                : OptionalDouble.empty();
    }

    private static boolean hasPairableText(Map<String, Map<String, Set<String>>> labelSetsByUser) {
        Set<String> seen = new HashSet<>();
        for (Map<String, Set<String>> byText : labelSetsByUser.values()) {
            for (String text : byText.keySet()) {
                if (!seen.add(text)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Returns the alpha of an unsplit task, with the task's natural distance. */
    public static double of(AnnotatedTask task) {
        Map<String, Map<String, Set<String>>> labels = new LinkedHashMap<>();
        task.examplesByUser().forEach((user, examples) -> {
            Map<String, Set<String>> byText = new LinkedHashMap<>();
            examples.forEach(e -> byText.put(e.id(), Set.copyOf(e.labels())));
            labels.put(user, byText);
        });
        return compute(labels, distanceFor(task.task()));
    }

    /** Returns {@link LabelSetDistance#MASI} for multi-label tasks, else {@link LabelSetDistance#NOMINAL}. */
    public static LabelSetDistance distanceFor(TaskDefinition task) {
        return task.multiLabel() ? LabelSetDistance.MASI : LabelSetDistance.NOMINAL;
    }

    /**
     * Computes alpha.
     *
     * @param labelSetsByUser per user, per text id, that user's label set
     * @param distance how far apart two label sets are
     * @return alpha, at most 1; 0 means agreement at chance level
     * @throws IllegalArgumentException when no text was labelled by two users
     */
    public static double compute(Map<String, Map<String, Set<String>>> labelSetsByUser, LabelSetDistance distance) {
        Map<String, List<Set<String>>> valuesByText = new LinkedHashMap<>();
        labelSetsByUser.values().forEach(byText -> byText.forEach(
                (text, labels) -> valuesByText.computeIfAbsent(text, t -> new ArrayList<>()).add(labels)));

        Map<Set<String>, Integer> valueIndex = new HashMap<>();
        List<Set<String>> values = new ArrayList<>();
        List<double[]> countsPerText = new ArrayList<>();
        for (List<Set<String>> unit : valuesByText.values()) {
            if (unit.size() < 2) {
                continue;
            }
            for (Set<String> value : unit) {
                if (valueIndex.putIfAbsent(value, values.size()) == null) {
                    values.add(value);
                }
            }
        }
        double[][] delta = new double[values.size()][values.size()];
        for (int c = 0; c < values.size(); c++) {
            for (int k = 0; k < values.size(); k++) {
                delta[c][k] = distance.between(values.get(c), values.get(k));
            }
        }
        for (List<Set<String>> unit : valuesByText.values()) {
            if (unit.size() >= 2) {
                double[] counts = new double[values.size()];
                unit.forEach(v -> counts[valueIndex.get(v)]++);
                countsPerText.add(counts);
            }
        }
        if (countsPerText.isEmpty()) {
            throw new IllegalArgumentException("no text was labelled by two users; alpha is undefined");
        }

        double[] totals = new double[values.size()];
        double pairable = 0;
        double observed = 0;
        for (double[] counts : countsPerText) {
            double m = 0;
            for (int c = 0; c < counts.length; c++) {
                totals[c] += counts[c];
                m += counts[c];
            }
            pairable += m;
            observed += pairDisagreement(counts, delta) / (m - 1);
        }
        observed /= pairable;
        double expected = pairDisagreement(totals, delta) / (pairable * (pairable - 1));
        return expected == 0 ? 1.0 : 1 - observed / expected;
    }

    /** Returns the sum over ordered value pairs (c, k) of count(c) * count(k) * delta(c, k). */
    private static double pairDisagreement(double[] counts, double[][] delta) {
        double sum = 0;
        for (int c = 0; c < counts.length; c++) {
            for (int k = 0; k < counts.length; k++) {
                sum += counts[c] * counts[k] * delta[c][k];
            }
        }
        return sum;
    }
}
