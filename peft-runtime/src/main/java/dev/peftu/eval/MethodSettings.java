package dev.peftu.eval;

import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.DoublePredicate;
import java.util.function.IntPredicate;
import java.util.regex.Pattern;

/**
 * A method's effective configuration: its defaults with a user's overrides on top, as plain
 * string data with typed getters. An override of a key the method does not know is an error
 * listing the known keys. Each typed getter checks its value's range where it parses it (NaN
 * and infinities are never accepted), failing with a message naming the method, the key, the
 * value and what was expected, e.g. {@code lora: setting dropout=NaN: expected a number in [0, 1)}.
 */
public final class MethodSettings {

    private static final Pattern DECIMAL = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    private final String method;
    private final Map<String, String> values;

    private MethodSettings(String method, Map<String, String> values) {
        this.method = method;
        this.values = values;
    }

    /**
     * Overlays overrides on defaults.
     *
     * @param method the method's name, for messages
     * @param defaults every key the method knows, with its default
     * @param overrides the user's settings; each key must be among the defaults
     * @return the effective settings
     */
    public static MethodSettings of(String method, Map<String, String> defaults, Map<String, String> overrides) {
        requireKnown(method, defaults.keySet(), overrides.keySet());
        Map<String, String> values = new LinkedHashMap<>(defaults);
        overrides.forEach((key, value) -> values.put(key, value.trim()));
        return new MethodSettings(method, Collections.unmodifiableMap(values));
    }

    /**
     * Checks that a method knows every key it is given, for contenders that read some keys
     * themselves before the rest become {@link #of settings}: the message then lists those too.
     *
     * @param method the method's name, for messages
     * @param known every key the method accepts
     * @param given the keys given
     * @throws IllegalArgumentException naming the first unknown key, in sorted order, and every known one
     */
    public static void requireKnown(String method, Collection<String> known, Collection<String> given) {
        new TreeSet<>(given).stream().filter(key -> !known.contains(key)).findFirst().ifPresent(key -> {
            throw new IllegalArgumentException("method '" + method + "' has no setting '" + key
                    + "'; known settings: " + new TreeSet<>(known));
        });
    }

    /** Returns the method's name. */
    public String method() {
        return method;
    }

    /** Returns every key with its effective value. */
    public Map<String, String> asMap() {
        return values;
    }

    /** Returns the keys. */
    public Set<String> keys() {
        return values.keySet();
    }

    /** Returns a string setting. */
    public String string(String key) {
        String value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("method '" + method + "' has no setting '" + key + "'");
        }
        return value;
    }

    /** Returns a whole-number setting. */
    public int integer(String key) {
        return wholeNumber(key, value -> true, "a whole number");
    }

    /** Returns a finite decimal setting; NaN and infinities are rejected. */
    public double decimal(String key) {
        return number(key, value -> true, "a finite number");
    }

    /** Returns a comma-separated list setting. */
    public List<String> list(String key) {
        return Arrays.stream(string(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Returns a positive whole-number setting: a count or a size.
     *
     * @param key the key
     * @return the value, at least 1
     */
    public int positiveInteger(String key) {
        return wholeNumber(key, value -> value >= 1, "a whole number >= 1");
    }

    /**
     * Returns a positive finite setting, such as a learning rate.
     *
     * @param key the key
     * @return the value, greater than 0
     */
    public double positive(String key) {
        return number(key, value -> value > 0, "a finite number > 0");
    }

    /**
     * Returns a finite setting of at least zero, such as a weight decay.
     *
     * @param key the key
     * @return the value, at least 0
     */
    public double nonNegative(String key) {
        return number(key, value -> value >= 0, "a finite number >= 0");
    }

    /**
     * Returns a probability setting, in {@code [0, 1)}, such as a dropout rate: 1 would drop
     * everything.
     *
     * @param key the key
     * @return the value
     */
    public double probability(String key) {
        return number(key, value -> value >= 0 && value < 1, "a number in [0, 1)");
    }

    /**
     * Returns a setting in {@code [0, 1]}, such as a weight between two extremes.
     *
     * @param key the key
     * @return the value
     */
    public double unitInterval(String key) {
        return number(key, value -> value >= 0 && value <= 1, "a number in [0, 1]");
    }

    // Every numeric getter ends here, so each range is checked where the value is parsed and
    // every message has the same shape.
    private int wholeNumber(String key, IntPredicate valid, String expected) {
        String value = string(key);
        try {
            int number = Integer.parseInt(value);
            if (valid.test(number)) {
                return number;
            }
        } catch (NumberFormatException e) {
            // reported below with what was expected
        }
        throw invalid(key, value, expected);
    }

    private double number(String key, DoublePredicate valid, String expected) {
        String value = string(key);
        // plain decimal notation only: Double.parseDouble would also take NaN, Infinity, hex
        // floats and a trailing f or d
        if (DECIMAL.matcher(value).matches()) {
            double number = Double.parseDouble(value);
            if (Double.isFinite(number) && valid.test(number)) {
                return number;
            }
        }
        throw invalid(key, value, expected);
    }

    /**
     * Returns the error for a setting whose value the method cannot use, for checks beyond
     * these getters, so that every message has the same shape.
     *
     * @param key the key
     * @param expected what a valid value looks like, e.g. {@code "a number in [0, 1)"}
     * @return the error naming the method, the key, the value and what was expected
     */
    public IllegalArgumentException invalid(String key, String expected) {
        return invalid(key, string(key), expected);
    }

    private IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException(method + ": setting " + key + "=" + value + ": expected " + expected);
    }

    @Override
    public String toString() {
        return method + values;
    }
}
