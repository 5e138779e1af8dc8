package dev.peftu.maven.report;

import dev.peftu.results.Figures;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.Significance;

/**
 * One paired comparison as the report prints it: a method's per-user accuracy difference to a
 * reference method in percentage points, with the 95% paired bootstrap interval, wins/ties/losses
 * and the sign-flip p-value; or, when there is nothing to compare, why.
 *
 * @param state {@code ok} when compared, {@code none} when not
 * @param reference the method compared with, or empty when there is none
 * @param mean the mean per-user difference in points, e.g. {@code +3.2}; empty unless {@code ok}
 * @param interval its 95% paired interval in points, e.g. {@code [−1.0, +7.4]}; empty unless {@code ok}
 * @param record wins/ties/losses over users, e.g. {@code 8/5/7}; empty unless {@code ok}
 * @param pValue the two-sided sign-flip p-value with three decimals, or {@code <0.001}; empty unless {@code ok}
 * @param direction {@code up} when the difference is significantly above zero, {@code down} when
 *     significantly below ({@link Significance}: the whole interval on that side and the sign-flip
 *     test rejecting at 5%), else {@code even}
 * @param caveat why no difference can be significant here, e.g. {@code 6 users, 3 not tied: no
 *     difference can be significant}; empty when one can be, when every user tied, or when nothing
 *     was compared
 * @param note a tooltip: the full numbers, or why there is no comparison
 */
public record Difference(String state, String reference, String mean, String interval, String record,
        String pValue, String direction, String caveat, String note) {

    /** p-values below this print as {@code <0.001} rather than as a misleading {@code 0.000}. */
    private static final double SMALLEST_P = 0.001;

    static Difference of(PairedComparison comparison) {
        Significance significance = comparison.significance(0);
        String direction = significance.above() ? "up" : significance.below() ? "down" : "even";
        String mean = Format.points(comparison.meanDifference());
        String interval = Format.pointsInterval(comparison.ciLow(), comparison.ciHigh());
        String record = comparison.wins() + "/" + comparison.ties() + "/" + comparison.losses();
        String p = comparison.pValue() < SMALLEST_P ? "<" + Figures.fraction(SMALLEST_P) : Figures.fraction(comparison.pValue());
        // identical results have nothing to colour: the caveat is for differences too few users carry
        String caveat = significance.informativeUsers() == 0 ? "" : significance.impossibility();
        String note = comparison.subject() + " − " + comparison.reference() + ": " + mean + " points " + interval
                + ", W/T/L " + record + ", p " + (p.startsWith("<") ? p : "= " + p) + ", " + comparison.users().size() + " users"
                + (caveat.isEmpty() ? "" : "; " + significance.describe());
        return new Difference("ok", comparison.reference(), mean, interval, record, p, direction, caveat, note);
    }

    static Difference none(String reference, String why) {
        return new Difference("none", reference, "", "", "", "", "even", "", why);
    }
}
