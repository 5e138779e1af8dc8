package dev.peftu.stats;

import java.util.OptionalDouble;

/**
 * The smallest mean difference (a drop, for the regression check) that a paired comparison of
 * this size can be expected to detect: the minimum detectable effect of a two-sided paired test at
 * 5% with 80% power, from what the data allows rather than from how far the two runs happened to
 * move apart.
 *
 * <pre>
 *   MDE = (z(0.975) + z(0.80)) * sigma / sqrt(n)        = 2.80 * sigma / sqrt(n)
 *   sigma^2 = max( s^2 , (1/n) * sum_i q_i (1 - q_i) / m_i ),   q_i = (c_i + 1) / (m_i + 2)
 * </pre>
 *
 * where {@code n} is the number of users, {@code s^2} the observed variance of their per-user
 * differences, and the second term the binomial floor: the variance of an accuracy measured on
 * user {@code i}'s {@code m_i} test examples, at the reference's accuracy {@code c_i / m_i}
 * (smoothed by one right and one wrong example, so a user at 100% still counts the noise of a
 * finite test set). The floor keeps an identical rerun, whose differences are all zero, from
 * claiming that it detects any drop; more users or more test examples per user lower it. With
 * fewer than {@link Significance#FEWEST_USERS} users no difference can be significant, so none
 * can be detected.
 */
public final class DetectableDifference {

    /** The standard normal quantile of a two-sided test at 5%: z(0.975). */
    static final double Z_LEVEL = 1.959963984540054;
    /** The standard normal quantile for 80% power: z(0.80). */
    static final double Z_POWER = 0.8416212335729143;

    private DetectableDifference() {
    }

    /**
     * The smallest detectable mean difference of {@code comparison}, a fraction of accuracy;
     * empty when it has too few users for any difference to be significant.
     */
    public static OptionalDouble of(PairedComparison comparison) {
        int n = comparison.users().size();
        if (n < Significance.FEWEST_USERS) {
            return OptionalDouble.empty();
        }
        double mean = comparison.meanDifference();
        double observed = 0;
        double floor = 0;
        for (UserDifference user : comparison.users()) {
            observed += (user.difference() - mean) * (user.difference() - mean);
            double smoothed = (user.referenceAccuracy() * user.testSize() + 1) / (user.testSize() + 2.0);
            floor += smoothed * (1 - smoothed) / user.testSize();
        }
        double variance = Math.max(observed / (n - 1), floor / n);
        return OptionalDouble.of((Z_LEVEL + Z_POWER) * Math.sqrt(variance / n));
    }
}
