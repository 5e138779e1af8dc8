package dev.peftu.stats;

import dev.peftu.results.Figures;

/**
 * What "method A beats method B" demands, judged on their {@link PairedComparison}: the mean
 * per-user difference is positive and at least {@code by}; when {@code significant}, the difference
 * is also significantly above {@code by} as {@link Significance} defines it (the whole paired
 * interval above {@code by} and the sign-flip test of the differences minus {@code by} rejecting at
 * 5%). The plugin's {@code <beats>} rules and the {@code beats(...)} assertion of {@code @Gate}
 * methods both judge through this one class.
 *
 * @param by the least mean difference, a fraction of accuracy in [0, 1] (0.02 is two points)
 * @param significant whether the difference must be significantly above {@code by}
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
        return meanHolds && (!significant || comparison.significance(by).above());
    }

    /**
     * What is demanded, e.g. {@code a mean difference of at least +0.020, significantly: the whole
     * paired interval above +0.020 and a sign-flip p <= 0.050 of the difference minus +0.020}.
     */
    public String expectation() {
        String mean = by > 0 ? "a mean difference of at least " + Figures.signed(by) : "a positive mean difference";
        if (!significant) {
            return mean;
        }
        return mean + ", significantly: the whole paired interval above " + Figures.signed(by) + " and a sign-flip p <= "
                + Figures.fraction(Significance.LEVEL) + (by > 0 ? " of the difference minus " + Figures.signed(by) : "");
    }

    /**
     * The comparison's numbers, followed by the expectation when it is not met and, for a
     * significant margin, what the sign-flip test found (or why no difference can be significant).
     */
    public String explain(PairedComparison comparison) {
        String numbers = comparison.subject() + " vs " + comparison.reference() + ": paired difference "
                + comparison.describe();
        if (isMetBy(comparison)) {
            return numbers;
        }
        return numbers + "; expected " + expectation() + (significant ? "; " + comparison.significance(by).describe() : "");
    }
}
