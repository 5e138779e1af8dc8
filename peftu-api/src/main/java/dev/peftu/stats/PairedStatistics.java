package dev.peftu.stats;

import dev.peftu.results.MethodResult;
import dev.peftu.results.UserResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Compares two methods scored on the same users and test examples, the one way peftu answers
 * "A vs B" everywhere (gates, rules, the regression check, the report): per user, the difference
 * of accuracy on that user's same test examples; then their mean, a seeded paired bootstrap
 * interval over users ({@value #RESAMPLES} resamples, 95%), wins/ties/losses, and the sign-flip
 * p-value ({@link SignFlipTest}). Overlap of two unpaired intervals decides nothing: the pairing
 * removes the spread between users that both methods share.
 */
public final class PairedStatistics {

    /** Bootstrap resamples of the per-user differences. */
    public static final int RESAMPLES = 10_000;
    /** Coverage of the paired interval. */
    public static final double LEVEL = 0.95;

    private final long seed;

    /**
     * Statistics seeded with {@code seed}, so the same results and seed give the same interval and
     * p-value.
     */
    public PairedStatistics(long seed) {
        this.seed = seed;
    }

    /**
     * Compares {@code subject} with {@code reference}.
     *
     * @throws IllegalArgumentException when either method failed, or when they were not scored on
     *     the same users and test examples (the message names the first user or example that differs)
     */
    public PairedComparison compare(MethodResult subject, MethodResult reference) {
        for (MethodResult method : List.of(subject, reference)) {
            if (!method.passed()) {
                throw new IllegalArgumentException("cannot compare " + subject.name() + " with " + reference.name()
                        + ": " + method.name() + " failed: " + method.error());
            }
        }
        Map<String, UserResult> referenceUsers = new LinkedHashMap<>();
        reference.users().forEach(user -> referenceUsers.put(user.user(), user));
        checkSameUsers(subject, reference, referenceUsers.keySet());
        List<UserDifference> differences = new ArrayList<>();
        int wins = 0;
        int ties = 0;
        int losses = 0;
        for (UserResult mine : subject.users()) {
            UserResult theirs = referenceUsers.get(mine.user());
            checkSameExamples(subject, reference, mine, theirs);
            int margin = Integer.compare(mine.correct(), theirs.correct());
            wins += margin > 0 ? 1 : 0;
            ties += margin == 0 ? 1 : 0;
            losses += margin < 0 ? 1 : 0;
            differences.add(new UserDifference(mine.user(),
                    (double) (mine.correct() - theirs.correct()) / mine.testSize(), mine.testSize(),
                    theirs.accuracy()));
        }
        double[] values = differences.stream().mapToDouble(UserDifference::difference).toArray();
        double mean = java.util.Arrays.stream(values).average().orElseThrow();
        ConfidenceInterval interval = new PercentileBootstrap(RESAMPLES, seed).meanInterval(values, LEVEL);
        return new PairedComparison(subject.name(), reference.name(), differences, mean, interval.low(),
                interval.high(), wins, ties, losses, SignFlipTest.pValue(values, seed), seed);
    }

    private static void checkSameUsers(MethodResult subject, MethodResult reference, Set<String> referenceUsers) {
        Set<String> subjectUsers = new TreeSet<>();
        subject.users().forEach(user -> subjectUsers.add(user.user()));
        if (subjectUsers.isEmpty()) {
            throw new IllegalArgumentException("cannot compare " + subject.name() + " with " + reference.name()
                    + ": no user was scored");
        }
        for (String user : subjectUsers) {
            if (!referenceUsers.contains(user)) {
                throw notPaired(subject, reference, "user " + user + " was scored by " + subject.name() + " only");
            }
        }
        for (String user : referenceUsers) {
            if (!subjectUsers.contains(user)) {
                throw notPaired(subject, reference, "user " + user + " was scored by " + reference.name() + " only");
            }
        }
    }

    private static void checkSameExamples(MethodResult subject, MethodResult reference, UserResult mine,
                                          UserResult theirs) {
        if (mine.examples().keySet().equals(theirs.examples().keySet())) {
            return;
        }
        Set<String> onlyMine = new TreeSet<>(mine.examples().keySet());
        onlyMine.removeAll(theirs.examples().keySet());
        Set<String> onlyTheirs = new TreeSet<>(theirs.examples().keySet());
        onlyTheirs.removeAll(mine.examples().keySet());
        String which = !onlyMine.isEmpty()
                ? "test example " + onlyMine.iterator().next() + " was scored by " + subject.name() + " only"
                : "test example " + onlyTheirs.iterator().next() + " was scored by " + reference.name() + " only";
        throw notPaired(subject, reference, "user " + mine.user() + ": " + which);
    }

    private static IllegalArgumentException notPaired(MethodResult subject, MethodResult reference, String detail) {
        return new IllegalArgumentException("cannot pair " + subject.name() + " with " + reference.name()
                + ": they were not scored on the same users and test examples (" + detail + ")");
    }
}
