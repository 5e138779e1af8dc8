package dev.peftu.maven.parameter;

/**
 * Reads a boolean plugin parameter strictly: exactly {@code true} or {@code false}. Maven's own
 * conversion turns every other word into {@code false}, which for a gate means a weaker gate
 * without a word; the plugin declares its boolean parameters as strings and reads them here.
 */
public final class BooleanParameter {

    private BooleanParameter() {
    }

    /**
     * Parses a parameter's value.
     *
     * @param parameter how the parameter is written in the POM or on the command line, for the
     *     message, e.g. {@code <significant> of the rule for method lora}
     * @param value the configured value; {@code null} or blank means the default
     * @param defaultValue the value when none is configured
     * @return the value
     * @throws IllegalArgumentException naming the parameter and the value when it is neither
     *     {@code true} nor {@code false}
     */
    public static boolean parse(String parameter, String value, boolean defaultValue) {
        if (value == null || value.isBlank()) {
            return defaultValue;
        }
        String trimmed = value.trim();
        if (trimmed.equals("true") || trimmed.equals("false")) {
            return Boolean.parseBoolean(trimmed);
        }
        throw new IllegalArgumentException(parameter + " is '" + value + "'; expected true or false");
    }
}
