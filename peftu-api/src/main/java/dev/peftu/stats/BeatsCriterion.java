package dev.peftu.stats;

import dev.peftu.results.Figures;

/**
 * What "method A beats method B" demands, judged on their {@link PairedComparison}: the mean
 * per-user difference is positive and at least {@code by}; when {@code significant}, the whole
 * paired interval also lies above {@code by}. The plugin's {@code <beats>} rules and the
 * {@code beats(...)} assertion of {@code @Gate} methods both judge through this one class.
 *
 * @param by the least mean difference, a fraction of accuracy in [0, 1] (0.02 is two points)
 * @param significant whether the paired interval's lower end must lie above {@code by}
 */
public record BeatsCriterion(double by, boolean significant) {

    /** Checks that the margin is a fraction. */
    public BeatsCriterion {
        if (!(by >= 0 && by <= 1)) {
            throw new IllegalArgumentException(
                    "the margin must be a fraction in [0, 1] (0.02 for two points) but was " + by);
        }
    }

    /** Any positive mean difference, significant or not. */
    public static BeatsCriterion anyMargin() {
        return new BeatsCriterion(0, false);
    }

    /** Whether the comparison meets the criterion. */
    public boolean isMetBy(PairedComparison comparison) {
        double mean = comparison.meanDifference();
        boolean meanHolds = mean > Figures.EPSILON && mean >= by - Figures.EPSILON;
        return meanHolds && (!significant || comparison.intervalAbove(by));
    }

    /** What is demanded, e.g. {@code a mean difference of at least +0.020 with the whole interval above it}. */
    public String expectation() {
        String mean = by > 0 ? "a mean difference of at least " + Figures.signed(by) : "a positive mean difference";
        return significant ? mean + " with the whole paired interval above " + Figures.signed(by) : mean;
    }

    /** The comparison's numbers, followed by the expectation when it is not met. */
    public String explain(PairedComparison comparison) {
        String numbers = comparison.subject() + " vs " + comparison.reference() + ": paired difference "
                + comparison.describe();
        return isMetBy(comparison) ? numbers : numbers + "; expected " + expectation();
    }
}
