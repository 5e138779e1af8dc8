package dev.peftu.stats;

import dev.peftu.results.Figures;

/**
 * The one definition of "significant" in peftu, shared by the report's green and red, the
 * {@code .significantly()} assertion, the plugin's {@code <significant>} rules and its regression
 * check: a paired mean difference is significantly above (below) a margin only when
 * <ol>
 *   <li>its whole 95% paired bootstrap interval lies above (below) the margin, and</li>
 *   <li>the two-sided sign-flip test ({@link SignFlipTest}) of the per-user differences minus the
 *       margin rejects at {@value #LEVEL}: {@code p <= 0.05}.</li>
 * </ol>
 * The bootstrap alone is far too narrow over few users (3 wins and 3 ties give an interval above
 * zero, while p is 0.25). Users whose difference equals the margin are ties and tell the test
 * nothing; with fewer than {@link #FEWEST_USERS} others even the most one-sided outcome has
 * {@code p = 2 / 2^n > 0.05}, so no difference can be significant, and {@link #describe()} says so.
 *
 * @param margin the margin the difference is judged against, a fraction of accuracy (0 for "any")
 * @param intervalAbove whether the whole paired interval lies above the margin
 * @param intervalBelow whether the whole paired interval lies below the margin
 * @param pValue the two-sided sign-flip p-value of the per-user differences minus the margin
 * @param users how many users were compared
 * @param informativeUsers how many of them have a difference other than the margin
 */
public record Significance(double margin, boolean intervalAbove, boolean intervalBelow, double pValue, int users,
                           int informativeUsers) {

    /** The test's two-sided level: it rejects when {@code p <= LEVEL}. */
    public static final double LEVEL = 0.05;

    /** The fewest informative users with which the sign-flip test can reach {@link #LEVEL} (6: 2/64). */
    public static final int FEWEST_USERS = fewestUsers();

    /** Judges {@code comparison} against {@code margin}. */
    static Significance of(PairedComparison comparison, double margin) {
        double[] shifted = comparison.users().stream().mapToDouble(u -> u.difference() - margin).toArray();
        double p = margin == 0 ? comparison.pValue() : SignFlipTest.pValue(shifted, comparison.seed());
        return new Significance(margin, comparison.intervalAbove(margin), comparison.intervalBelow(margin), p,
                shifted.length, SignFlipTest.informativeCount(shifted));
    }

    /** Whether the sign-flip test rejects at {@link #LEVEL}. */
    public boolean rejects() {
        return pValue <= LEVEL;
    }

    /** Whether the difference is significantly above the margin: interval above it and the test rejects. */
    public boolean above() {
        return intervalAbove && rejects();
    }

    /** Whether the difference is significantly below the margin: interval below it and the test rejects. */
    public boolean below() {
        return intervalBelow && rejects();
    }

    /** Whether there are enough informative users for any outcome to be significant. */
    public boolean possible() {
        return informativeUsers >= FEWEST_USERS;
    }

    /**
     * Why no difference can be significant, e.g. {@code 6 users, 3 not tied: no difference can be
     * significant}, or {@code 5 users: ...} when every user is informative; empty when one can be.
     */
    public String impossibility() {
        if (possible()) {
            return "";
        }
        String tied = margin == 0 ? " not tied" : " off the margin " + Figures.signed(margin);
        return users + " users" + (informativeUsers == users ? "" : ", " + informativeUsers + tied)
                + ": no difference can be significant";
    }

    /**
     * The test's part of a message: {@code sign-flip p = 0.008} (for a margin: {@code ... of the
     * difference minus +0.050}), or why no difference can be significant and what that needs.
     */
    public String describe() {
        if (!possible()) {
            return impossibility() + " (a two-sided sign-flip test at " + Math.round(LEVEL * 100) + "% needs at least "
                    + FEWEST_USERS + " users whose difference is not " + (margin == 0 ? "zero" : "the margin") + ")";
        }
        return "sign-flip p = " + Figures.fraction(pValue) + (margin == 0 ? "" : " of the difference minus "
                + Figures.signed(margin));
    }

    private static int fewestUsers() {
        int n = 1;
        while (SignFlipTest.smallestPValue(n) > LEVEL) {
            n++;
        }
        return n;
    }
}
