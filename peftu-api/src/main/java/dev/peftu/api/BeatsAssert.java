package dev.peftu.api;

import dev.peftu.results.MethodResult;
import dev.peftu.stats.BeatsCriterion;
import dev.peftu.stats.PairedComparison;
import org.assertj.core.api.AbstractAssert;

/**
 * Assertions on how much one method of a {@link Leaderboard} beats another, reached through
 * {@link MethodAssert#beats(String)}. Both methods were scored on the same users and test
 * examples, so every check judges their paired comparison ({@link Leaderboard#compare}): the
 * mean per-user difference, and with {@link #significantly()} its significance
 * ({@link dev.peftu.stats.Significance}: paired interval and sign-flip test). Each call
 * adds to what the previous ones demanded; failure messages show the paired numbers.
 */
public final class BeatsAssert extends AbstractAssert<BeatsAssert, MethodResult> {

    private final Leaderboard board;
    private final PairedComparison comparison;
    private BeatsCriterion criterion = BeatsCriterion.anyMargin();

    BeatsAssert(Leaderboard board, MethodResult actual, MethodResult rival) {
        super(actual, BeatsAssert.class);
        this.board = board;
        this.comparison = board.compare(actual.name(), rival.name());
    }

    /** The mean per-user accuracy difference, this method minus the other. */
    public double margin() {
        return comparison.meanDifference();
    }

    /** The paired comparison behind every check. */
    public PairedComparison comparison() {
        return comparison;
    }

    /**
     * Checks that the mean per-user difference is at least the given amount of accuracy (0.05
     * means five points).
     *
     * @throws IllegalArgumentException when {@code minimum} is not a fraction in [0, 1]
     */
    public BeatsAssert byAtLeast(double minimum) {
        criterion = new BeatsCriterion(minimum, criterion.significant());
        return check();
    }

    /**
     * Checks that the difference is significantly above the margin demanded so far (zero, or the
     * {@link #byAtLeast} minimum): the whole 95% paired interval lies above it and the two-sided
     * sign-flip test of the per-user differences minus it rejects at 5%, so the win is not noise.
     * With fewer than six users whose difference is not the margin no win can be significant, and
     * the failure message says so.
     */
    public BeatsAssert significantly() {
        criterion = new BeatsCriterion(criterion.by(), true);
        return check();
    }

    BeatsAssert check() {
        if (!criterion.isMetBy(comparison)) {
            failWithMessage("%s", "Expected method <" + actual.name() + "> on benchmark <" + board.benchmark()
                    + "> to beat <" + comparison.reference() + "> but " + criterion.explain(comparison));
        }
        return this;
    }
}
