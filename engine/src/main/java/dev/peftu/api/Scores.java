package dev.peftu.api;

import dev.peftu.results.MethodResult;
import java.util.Locale;

/** How assertion messages print accuracies: three decimals, with the confidence interval. */
final class Scores {

    /** Slack for comparing computed margins with thresholds written as decimals. */
    static final double EPSILON = 1e-9;

    private Scores() {
    }

    static String number(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    static String interval(MethodResult method) {
        return "[" + number(method.ciLow()) + ", " + number(method.ciHigh()) + "]";
    }

    static String withInterval(MethodResult method) {
        return number(method.accuracy()) + " " + interval(method);
    }

    static String named(MethodResult method) {
        return method.name() + "=" + withInterval(method);
    }
}
