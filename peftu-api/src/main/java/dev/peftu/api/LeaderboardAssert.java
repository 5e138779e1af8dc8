package dev.peftu.api;

import dev.peftu.results.MethodResult;
import java.util.List;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;

/** Assertions on a whole {@link Leaderboard}; {@link #method(String)} narrows to one method. */
public final class LeaderboardAssert extends AbstractAssert<LeaderboardAssert, Leaderboard> {

    LeaderboardAssert(Leaderboard actual) {
        super(actual, LeaderboardAssert.class);
    }

    /**
     * Narrows to the method with that name, failing with the list of known methods when the
     * benchmark has none of that name.
     */
    public MethodAssert method(String name) {
        isNotNull();
        MethodResult method = actual.findMethod(name).orElse(null);
        if (method == null) {
            failWithMessage("%s", unknownMethod(actual, name));
        }
        return new MethodAssert(actual, method).as(info.description());
    }

    static String unknownMethod(Leaderboard board, String name) {
        return "Expected benchmark <" + board.benchmark() + "> to have a method <" + name
                + "> but its methods are " + board.methodNames();
    }

    /** Checks that every method ran to completion; the failure lists each failed method's error. */
    public LeaderboardAssert hasNoFailedMethods() {
        isNotNull();
        List<MethodResult> failed = actual.failedMethods();
        if (!failed.isEmpty()) {
            failWithMessage("%s", "Expected no failed methods on benchmark <" + actual.benchmark() + "> but "
                    + failed.size() + " failed: " + failed.stream()
                            .map(m -> m.name() + " (" + m.error() + ")").collect(Collectors.joining(", ")));
        }
        return this;
    }
}
