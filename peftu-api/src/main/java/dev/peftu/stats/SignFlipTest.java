package dev.peftu.stats;

import java.util.Arrays;
import java.util.SplittableRandom;

/**
 * The sign-flip (permutation) test of a mean of paired differences: under the null hypothesis
 * that the two methods are exchangeable, each user's difference is as likely to have the opposite
 * sign, so the p-value is the share of the 2^n sign assignments whose |sum| is at least the
 * observed |sum|. Users with a zero difference (within {@value #TOLERANCE}) do not change any sum
 * and are left out, so only the <em>informative</em> users, those with a difference, decide.
 *
 * <p>Up to {@value #EXACT_LIMIT} non-zero differences every assignment is enumerated (exact);
 * beyond that {@value #DRAWS} seeded random assignments estimate the p-value as
 * {@code (hits + 1) / (draws + 1)}, which never reports 0.
 */
public final class SignFlipTest {

    /** The most non-zero differences whose 2^n sign assignments are all enumerated. */
    public static final int EXACT_LIMIT = 24;
    /** Random sign assignments drawn beyond {@link #EXACT_LIMIT}. */
    public static final int DRAWS = 200_000;

    /** Sums closer than this count as equal, and differences smaller than this as zero (rounding). */
    public static final double TOLERANCE = 1e-9;

    private SignFlipTest() {
    }

    /**
     * The two-sided p-value of the mean of {@code differences}.
     *
     * @param differences per-user differences, finite
     * @param seed seeds the random assignments when there are too many to enumerate
     * @return a probability in (0, 1]; 1 when every difference is zero
     */
    public static double pValue(double[] differences, long seed) {
        double[] nonZero = informative(differences);
        if (nonZero.length == 0) {
            return 1.0;
        }
        double observed = Math.abs(Arrays.stream(nonZero).sum()) - TOLERANCE;
        return nonZero.length <= EXACT_LIMIT ? exact(nonZero, observed) : sampled(nonZero, observed, seed);
    }

    /**
     * How many of {@code differences} are informative: not zero, so that flipping their sign
     * changes the sum.
     */
    public static int informativeCount(double[] differences) {
        return informative(differences).length;
    }

    /**
     * The smallest p-value the test can give with {@code informative} non-zero differences, whatever
     * their values: {@code 2 / 2^n} when every assignment is enumerated (only the observed signs and
     * their mirror image are that extreme), {@code 1 / (draws + 1)} when they are sampled, 1 with none.
     */
    public static double smallestPValue(int informative) {
        if (informative < 0) {
            throw new IllegalArgumentException("the number of informative differences must be at least 0 but was "
                    + informative);
        }
        if (informative == 0) {
            return 1.0;
        }
        return informative <= EXACT_LIMIT ? 2.0 / (1L << informative) : 1.0 / (DRAWS + 1.0);
    }

    private static double[] informative(double[] differences) {
        for (double d : differences) {
            if (!Double.isFinite(d)) {
                throw new IllegalArgumentException("differences must be finite numbers but one was " + d);
            }
        }
        return Arrays.stream(differences).filter(d -> Math.abs(d) > TOLERANCE).toArray();
    }

    /** Walks every sign assignment in Gray-code order, so each step flips one sign. */
    private static double exact(double[] differences, double observed) {
        int n = differences.length;
        double[] signed = differences.clone();
        double sum = Arrays.stream(signed).sum();
        long assignments = 1L << n;
        long atLeastAsExtreme = Math.abs(sum) >= observed ? 1 : 0;
        for (long step = 1; step < assignments; step++) {
            int flip = Long.numberOfTrailingZeros(step);
            sum -= 2 * signed[flip];
            signed[flip] = -signed[flip];
            if (Math.abs(sum) >= observed) {
                atLeastAsExtreme++;
            }
        }
        return (double) atLeastAsExtreme / assignments;
    }

    private static double sampled(double[] differences, double observed, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        long atLeastAsExtreme = 0;
        for (int draw = 0; draw < DRAWS; draw++) {
            double sum = 0;
            for (double d : differences) {
                sum += random.nextBoolean() ? d : -d;
            }
            if (Math.abs(sum) >= observed) {
                atLeastAsExtreme++;
            }
        }
        return (atLeastAsExtreme + 1.0) / (DRAWS + 1.0);
    }
}
