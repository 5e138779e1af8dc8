package dev.peftu.api;

import dev.peftu.results.Figures;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on one accuracy of a {@link Leaderboard}: a method's mean per-user accuracy or one
 * user's accuracy. Failure messages name what was measured and show its confidence interval or
 * test size.
 */
public final class AccuracyAssert extends AbstractAssert<AccuracyAssert, Double> {

    private final String subject;
    private final String detail;

    AccuracyAssert(double actual, String subject, String detail) {
        super(actual, AccuracyAssert.class);
        this.subject = subject;
        this.detail = detail;
    }

    /** Checks that the accuracy is at least the given fraction (0.70 means 70%). */
    public AccuracyAssert isAtLeast(double minimum) {
        if (actual < minimum - Figures.EPSILON) {
            fail("at least", minimum);
        }
        return this;
    }

    /** Checks that the accuracy is at most the given fraction. */
    public AccuracyAssert isAtMost(double maximum) {
        if (actual > maximum + Figures.EPSILON) {
            fail("at most", maximum);
        }
        return this;
    }

    private void fail(String relation, double bound) {
        failWithMessage("%s", "Expected " + subject + " to be " + relation + " " + Figures.fraction(bound)
                + " but was " + Figures.fraction(actual) + detail);
    }
}
