package dev.peftu.maven.report;

import java.util.Arrays;

/**
 * The five-number summary of a sample (minimum, lower quartile, median, upper quartile, maximum),
 * with quartiles interpolated linearly between order statistics.
 *
 * @param min the smallest value
 * @param q1 the 25th percentile
 * @param median the 50th percentile
 * @param q3 the 75th percentile
 * @param max the largest value
 */
record Quartiles(double min, double q1, double median, double q3, double max) {

    /** Summarises a non-empty sample. */
    static Quartiles of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("cannot summarise an empty sample");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        return new Quartiles(sorted[0], percentile(sorted, 0.25), percentile(sorted, 0.5),
                percentile(sorted, 0.75), sorted[sorted.length - 1]);
    }

    private static double percentile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        double fraction = position - below;
        return sorted[below] + fraction * (sorted[above] - sorted[below]);
    }
}
