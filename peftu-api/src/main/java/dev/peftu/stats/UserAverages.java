package dev.peftu.stats;

import dev.peftu.results.UserResult;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * A method's headline numbers from its users' scores, the PEFT-U way: the mean over users of
 * each user's accuracy (macro over users) with its 95% percentile bootstrap interval
 * ({@value #RESAMPLES} resamples of users, seeded), and the mean over users of each user's
 * macro-F1. The bootstrap visits users in id order, so the interval does not depend on the order
 * users were scored in (a board merged from shards gets the same numbers as one run).
 *
 * @param accuracy the mean per-user accuracy
 * @param ciLow the lower end of its 95% interval
 * @param ciHigh the upper end of its 95% interval
 * @param macroF1 the mean per-user macro-F1
 */
public record UserAverages(double accuracy, double ciLow, double ciHigh, double macroF1) {

    /** Bootstrap resamples of users. */
    public static final int RESAMPLES = 1000;
    /** Coverage of the interval. */
    public static final double LEVEL = 0.95;

    /**
     * Averages per-user scores given side by side.
     *
     * @param users the user ids, distinct
     * @param accuracies each user's accuracy, in the order of {@code users}
     * @param macroF1s each user's macro-F1, in the order of {@code users}
     * @param seed seeds the bootstrap
     * @throws IllegalArgumentException when there is no user or the arrays differ in length
     */
    public static UserAverages of(List<String> users, double[] accuracies, double[] macroF1s, long seed) {
        if (users.isEmpty() || accuracies.length != users.size() || macroF1s.length != users.size()) {
            throw new IllegalArgumentException("expected one accuracy and one macro-F1 for each of at least one user;"
                    + " got " + users.size() + " users, " + accuracies.length + " accuracies, " + macroF1s.length
                    + " macro-F1s");
        }
        double[] inIdOrder = IntStream.range(0, users.size()).boxed()
                .sorted(Comparator.comparing(users::get))
                .mapToDouble(i -> accuracies[i]).toArray();
        ConfidenceInterval interval = new PercentileBootstrap(RESAMPLES, seed).meanInterval(inIdOrder, LEVEL);
        return new UserAverages(Arrays.stream(accuracies).average().orElseThrow(), interval.low(), interval.high(),
                Arrays.stream(macroF1s).average().orElseThrow());
    }

    /** Averages the users of a method's result. */
    public static UserAverages of(List<UserResult> users, long seed) {
        return of(users.stream().map(UserResult::user).toList(),
                users.stream().mapToDouble(UserResult::accuracy).toArray(),
                users.stream().mapToDouble(UserResult::macroF1).toArray(), seed);
    }
}
