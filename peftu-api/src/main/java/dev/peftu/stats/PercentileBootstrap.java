package dev.peftu.stats;

import java.util.Arrays;
import java.util.Random;

/**
 * The percentile bootstrap interval of a mean: resample the values with replacement, take each
 * resample's mean, and read the interval off the sorted means (linear interpolation between
 * order statistics). Seeded, so the same values and seed give the same interval.
 */
public final class PercentileBootstrap {

    private final int resamples;
    private final long seed;

    /**
     * Creates a bootstrap.
     *
     * @param resamples how many resamples to draw (at least 1)
     * @param seed the seed of the resampling
     */
    public PercentileBootstrap(int resamples, long seed) {
        if (resamples < 1) {
            throw new IllegalArgumentException("resamples must be at least 1, was " + resamples);
        }
        this.resamples = resamples;
        this.seed = seed;
    }

    /**
     * Returns the interval of the mean of {@code values} at the given level.
     *
     * @param values the per-unit values (for example per-user accuracies); not empty
     * @param level the coverage, for example 0.95
     */
    public ConfidenceInterval meanInterval(double[] values, double level) {
        if (values.length == 0) {
            throw new IllegalArgumentException("no values to bootstrap");
        }
        if (!(level > 0 && level < 1)) {
            throw new IllegalArgumentException("level must be in (0, 1), was " + level);
        }
        Random random = new Random(seed);
        double[] means = new double[resamples];
        for (int r = 0; r < resamples; r++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[r] = sum / values.length;
        }
        Arrays.sort(means);
        double tail = (1 - level) / 2;
        return new ConfidenceInterval(quantile(means, tail), quantile(means, 1 - tail));
    }

    private static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
