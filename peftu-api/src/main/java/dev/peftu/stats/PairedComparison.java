package dev.peftu.stats;

import dev.peftu.results.Figures;
import java.util.List;

/**
 * Two methods (or one method in two runs) compared on the same users and the same test examples:
 * the per-user differences of accuracy (subject minus reference), their mean, a seeded 95% paired
 * bootstrap interval of that mean over users, how many users the subject won, tied and lost, and
 * the two-sided sign-flip p-value of the mean difference. Made by {@link PairedStatistics}; whether
 * the difference is significant is {@link #significance(double)}'s to say.
 *
 * @param subject the method under test
 * @param reference the method it is compared with (or the same method in the baseline run)
 * @param users each user's difference, in the subject's user order
 * @param meanDifference the mean of the per-user differences
 * @param ciLow the lower end of the 95% paired bootstrap interval of the mean difference
 * @param ciHigh the upper end of that interval
 * @param wins users whose subject accuracy is higher
 * @param ties users whose accuracies are equal
 * @param losses users whose subject accuracy is lower
 * @param pValue the two-sided sign-flip (permutation) p-value of the mean difference
 * @param seed the seed of the interval and of the sign-flip test when it samples
 */
public record PairedComparison(String subject, String reference, List<UserDifference> users, double meanDifference,
                               double ciLow, double ciHigh, int wins, int ties, int losses, double pValue,
                               long seed) {

    /** Copies the per-user differences. */
    public PairedComparison {
        users = List.copyOf(users);
    }

    /** Whether the whole interval lies above {@code threshold}. */
    public boolean intervalAbove(double threshold) {
        return ciLow > threshold + Figures.EPSILON;
    }

    /** Whether the whole interval lies below {@code threshold}. */
    public boolean intervalBelow(double threshold) {
        return ciHigh < threshold - Figures.EPSILON;
    }

    /**
     * Whether the difference is significantly above or below {@code margin} ({@link Significance}):
     * the paired interval excludes it and the sign-flip test of the differences minus it rejects.
     */
    public Significance significance(double margin) {
        return Significance.of(this, margin);
    }

    /**
     * The numbers for messages and reports, e.g.
     * {@code +0.028 [-0.012, +0.068], W/T/L 8/5/7, p = 0.412, 20 users}.
     */
    public String describe() {
        return Figures.signed(meanDifference) + " [" + Figures.signed(ciLow) + ", " + Figures.signed(ciHigh) + "], W/T/L "
                + wins + "/" + ties + "/" + losses + ", p = " + Figures.fraction(pValue) + ", " + users.size() + " users";
    }

    @Override
    public String toString() {
        return subject + " vs " + reference + ": " + describe();
    }
}
