package dev.peftu.api;

import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on how much one method of a {@link Leaderboard} beats another, reached through
 * {@link MethodAssert#beats(String)}. Margins compare mean per-user accuracies; failure messages
 * show both accuracies with their confidence intervals.
 */
public final class BeatsAssert extends AbstractAssert<BeatsAssert, MethodResult> {

    private final Leaderboard board;
    private final MethodResult rival;

    BeatsAssert(Leaderboard board, MethodResult actual, MethodResult rival) {
        super(actual, BeatsAssert.class);
        this.board = board;
        this.rival = rival;
    }

    /** The accuracy of this method minus that of the other. */
    public double margin() {
        return actual.accuracy() - rival.accuracy();
    }

    /**
     * Checks that the margin is at least the given amount of accuracy (0.05 means five points).
     *
     * @throws IllegalArgumentException when {@code minimum} is not positive
     */
    public BeatsAssert byAtLeast(double minimum) {
        if (!(minimum > 0.0)) {
            throw new IllegalArgumentException("the minimum margin must be > 0 but was " + minimum);
        }
        if (margin() < minimum - Figures.EPSILON) {
            fail("to beat <" + rival.name() + "> by at least " + Figures.fraction(minimum));
        }
        return this;
    }

    BeatsAssert beatsByMoreThanZero() {
        if (margin() <= 0.0) {
            fail("to beat <" + rival.name() + ">");
        }
        return this;
    }

    private void fail(String expectation) {
        failWithMessage("%s", "Expected method <" + actual.name() + "> on benchmark <" + board.benchmark() + "> "
                + expectation + " but " + Figures.named(actual) + " and " + Figures.named(rival)
                + ": margin " + Figures.fraction(margin()));
    }
}
