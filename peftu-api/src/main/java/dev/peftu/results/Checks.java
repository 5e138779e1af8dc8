package dev.peftu.results;

import java.util.Locale;
import java.util.Objects;

/** Argument checks shared by the result records; each names the field it rejects. */
final class Checks {

    private Checks() {
    }

    static String text(String value, String field) {
        Objects.requireNonNull(value, () -> field + " is required");
        if (value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    static double fraction(double value, String field) {
        if (!(value >= 0.0 && value <= 1.0)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s must be a fraction in [0, 1] but was %s", field, value));
        }
        return value;
    }

    static double notNegative(double value, String field) {
        if (!(value >= 0.0) || Double.isInfinite(value)) {
            throw new IllegalArgumentException(
                    String.format(Locale.ROOT, "%s must be a finite number >= 0 but was %s", field, value));
        }
        return value;
    }

    static long notNegative(long value, String field) {
        if (value < 0) {
            throw new IllegalArgumentException(field + " must be >= 0 but was " + value);
        }
        return value;
    }
}
