package dev.peftu.peft;

import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A method's effective configuration: its defaults with a user's overrides on top, as plain
 * string data with typed getters. An override of a key the method does not know, or a value of
 * the wrong type, is an error naming the method, the key and what was expected.
 */
public final class MethodSettings {

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
        Map<String, String> values = new LinkedHashMap<>(defaults);
        for (Map.Entry<String, String> entry : overrides.entrySet()) {
            if (!defaults.containsKey(entry.getKey())) {
                throw new IllegalArgumentException("method '" + method + "' has no setting '" + entry.getKey()
                        + "'; known settings: " + new TreeSet<>(defaults.keySet()));
            }
            values.put(entry.getKey(), entry.getValue().trim());
        }
        return new MethodSettings(method, Collections.unmodifiableMap(values));
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
        String value = string(key);
        try {
            return Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a whole number");
        }
    }

    /** Returns a decimal setting. */
    public double decimal(String key) {
        String value = string(key);
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw invalid(key, value, "a number");
        }
    }

    /** Returns a comma-separated list setting. */
    public List<String> list(String key) {
        return Arrays.stream(string(key).split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }

    /**
     * Returns a positive whole-number setting.
     *
     * @param key the key
     * @return the value, at least 1
     */
    public int positiveInteger(String key) {
        int value = integer(key);
        if (value < 1) {
            throw invalid(key, string(key), "a whole number of at least 1");
        }
        return value;
    }

    /**
     * Returns a probability setting, in {@code [0, 1)}.
     *
     * @param key the key
     * @return the value
     */
    public double probability(String key) {
        double value = decimal(key);
        if (value < 0 || value >= 1) {
            throw invalid(key, string(key), "a probability in [0, 1)");
        }
        return value;
    }

    private IllegalArgumentException invalid(String key, String value, String expected) {
        return new IllegalArgumentException("method '" + method + "': setting '" + key + "' is '" + value
                + "', expected " + expected);
    }

    @Override
    public String toString() {
        return method + values;
    }
}
