package dev.peftu.maven.report;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How the report prints numbers, durations and times. */
final class Format {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss 'UTC'", Locale.ROOT).withZone(ZoneOffset.UTC);

    private Format() {
    }

    /** A fraction as a percentage with one decimal, without the sign: {@code 0.6512} is {@code 65.1}. */
    static String percent(double fraction) {
        return String.format(Locale.ROOT, "%.1f", fraction * 100);
    }

    /** A confidence interval in percent: {@code 61.2–68.9}. */
    static String interval(double low, double high) {
        return percent(low) + "–" + percent(high);
    }

    /**
     * A difference of fractions in percentage points with its sign and one decimal: {@code 0.032} is
     * {@code +3.2}, {@code -0.01} is {@code −1.0} (a minus sign), and anything that rounds to zero is {@code 0.0}.
     */
    static String points(double difference) {
        String magnitude = percent(Math.abs(difference));
        if (magnitude.equals(percent(0))) {
            return magnitude;
        }
        return (difference < 0 ? "\u2212" : "+") + magnitude;
    }

    /** An interval of a difference in percentage points: {@code [−1.0, +7.4]}. */
    static String pointsInterval(double low, double high) {
        return "[" + points(low) + ", " + points(high) + "]";
    }

    /** A count with thousands separators: {@code 73,728}. */
    static String count(long value) {
        return String.format(Locale.ROOT, "%,d", value);
    }

    /** Seconds as {@code 3.2 s}, {@code 3 min 05 s} or {@code 1 h 02 min}. */
    static String duration(double seconds) {
        if (seconds < 60) {
            return String.format(Locale.ROOT, "%.1f s", seconds);
        }
        Duration d = Duration.ofMillis(Math.round(seconds * 1000));
        if (d.toHours() == 0) {
            return String.format(Locale.ROOT, "%d min %02d s", d.toMinutes(), d.toSecondsPart());
        }
        return String.format(Locale.ROOT, "%d h %02d min", d.toHours(), d.toMinutesPart());
    }

    /** An instant in UTC: {@code 2025-02-03 14:05:00 UTC}. */
    static String time(Instant instant) {
        return TIME.format(instant);
    }

    /** An SVG coordinate with one decimal. */
    static String coordinate(double value) {
        return String.format(Locale.ROOT, "%.1f", value);
    }
}
