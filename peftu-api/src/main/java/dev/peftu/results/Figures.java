package dev.peftu.results;

import java.util.Locale;

/**
 * How accuracies appear in messages (assertions, gates, build logs): fractions with three
 * decimals, a method's accuracy followed by its confidence interval, e.g. {@code 0.612 [0.580, 0.640]}.
 */
public final class Figures {

    /** Slack for comparing computed differences with thresholds written as decimals. */
    public static final double EPSILON = 1e-9;

    private Figures() {
    }

    /** A fraction with three decimals: {@code 0.612}. */
    public static String fraction(double value) {
        return String.format(Locale.ROOT, "%.3f", value);
    }

    /** A difference with its sign and three decimals: {@code +0.028}, {@code -0.100}, {@code +0.000}. */
    public static String signed(double value) {
        String text = fraction(Math.abs(value));
        return (value < 0 && !text.equals(fraction(0)) ? "-" : "+") + text;
    }

    /** The confidence interval of a method's accuracy: {@code [0.580, 0.640]}. */
    public static String interval(MethodResult method) {
        return "[" + fraction(method.ciLow()) + ", " + fraction(method.ciHigh()) + "]";
    }

    /** A method's accuracy with its confidence interval: {@code 0.612 [0.580, 0.640]}. */
    public static String withInterval(MethodResult method) {
        return fraction(method.accuracy()) + " " + interval(method);
    }

    /** A method's name with its accuracy and confidence interval: {@code lora=0.612 [0.580, 0.640]}. */
    public static String named(MethodResult method) {
        return method.name() + "=" + withInterval(method);
    }
}
