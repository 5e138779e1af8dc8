package dev.peftu.engine.spec;

import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Replaces {@code ${name}} references in annotation values with configuration parameters, so
 * that a spec can say {@code ${peftu.data}/tweeteval} and each machine decides where the data is.
 */
public final class Placeholders {

    private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)}");

    private final Function<String, String> parameters;

    /**
     * Creates a resolver.
     *
     * @param parameters looks a parameter up by name; returns {@code null} when it is not set
     */
    public Placeholders(Function<String, String> parameters) {
        this.parameters = parameters;
    }

    /**
     * Returns the value with every reference replaced.
     *
     * @param value the annotation value
     * @param where what the value is, for the error message (for example
     *     {@code "@PeftuJsonDataset.value of com.example.TweetsTest"})
     * @throws SpecException when a referenced parameter is not set or a reference is not closed
     */
    public String resolve(String value, String where) {
        Matcher matcher = REFERENCE.matcher(value);
        StringBuilder resolved = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1).trim();
            String replacement = name.isEmpty() ? null : parameters.apply(name);
            if (replacement == null) {
                throw new SpecException(where + " references ${" + name + "} but configuration parameter '"
                        + name + "' is not set; expected it in junit-platform.properties, Surefire's "
                        + "<configurationParameters> or a -D" + name + "=... system property");
            }
            matcher.appendReplacement(resolved, Matcher.quoteReplacement(replacement));
        }
        matcher.appendTail(resolved);
        if (REFERENCE.matcher(value).replaceAll("").contains("${")) {
            throw new SpecException(where + " has an unclosed reference in '" + value + "'; expected ${name}");
        }
        return resolved.toString();
    }
}
