package dev.peftu.api;

import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.UserResult;
import org.assertj.core.api.AbstractAssert;

/** Assertions on one method of a {@link Leaderboard}. */
public final class MethodAssert extends AbstractAssert<MethodAssert, MethodResult> {

    private final Leaderboard board;

    MethodAssert(Leaderboard board, MethodResult actual) {
        super(actual, MethodAssert.class);
        this.board = board;
    }

    /** Checks that the method ran to completion; the failure shows its error. */
    public MethodAssert hasPassed() {
        if (!actual.passed()) {
            failWithMessage("%s", "Expected method <" + actual.name() + "> on benchmark <" + board.benchmark()
                    + "> to have passed but it failed: " + actual.error());
        }
        return this;
    }

    /** Continues with the method's mean per-user accuracy; fails if the method failed. */
    public AccuracyAssert accuracy() {
        hasPassed();
        return new AccuracyAssert(actual.accuracy(),
                "accuracy of method <" + actual.name() + "> on benchmark <" + board.benchmark() + ">",
                " " + Figures.interval(actual)).as(info.description());
    }

    /** Continues with one user's accuracy; fails listing the scored users when the user is unknown. */
    public AccuracyAssert userAccuracy(String user) {
        hasPassed();
        UserResult score = actual.user(user).orElse(null);
        if (score == null) {
            failWithMessage("%s", "Expected method <" + actual.name() + "> on benchmark <" + board.benchmark()
                    + "> to have scored user <" + user + "> but it scored "
                    + actual.users().stream().map(UserResult::user).toList());
        }
        return new AccuracyAssert(score.accuracy(),
                "accuracy of user <" + user + "> with method <" + actual.name() + "> on benchmark <"
                        + board.benchmark() + ">",
                " (" + score.testSize() + " test examples)").as(info.description());
    }

    /**
     * Checks that this method is more accurate than the other one (a positive mean per-user
     * difference on the same test examples) and continues with their paired comparison; fails when
     * either method failed or the other is unknown.
     */
    public BeatsAssert beats(String other) {
        hasPassed();
        MethodResult rival = board.findMethod(other).orElse(null);
        if (rival == null) {
            failWithMessage("%s", LeaderboardAssert.unknownMethod(board, other));
        }
        if (!rival.passed()) {
            failWithMessage("%s", "Expected method <" + actual.name() + "> on benchmark <" + board.benchmark()
                    + "> to beat <" + other + "> but " + other + " failed: " + rival.error());
        }
        return new BeatsAssert(board, actual, rival).as(info.description()).check();
    }
}
