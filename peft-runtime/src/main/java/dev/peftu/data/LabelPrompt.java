package dev.peftu.data;

import dev.peftu.api.Prompt;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How a task is asked of a generative base model: the prompt template each text goes into and the
 * words (verbalization) that stand for each label, whose log-likelihood after the filled prompt
 * is the label's score, summed over its tokens or averaged ({@link #meanScore()}).
 *
 * @param template the prompt, with {@value #TEXT} exactly once and {@value #INSTRUCTION} at most
 *     where the task's instruction goes
 * @param verbalizations the words of the labels that do not stand for themselves, by label
 * @param meanScore whether a label's score is the mean of its tokens' log-likelihoods rather than their sum
 */
public record LabelPrompt(String template, Map<String, String> verbalizations, boolean meanScore) {

    /** Where a template takes the example's text. */
    public static final String TEXT = "{text}";
    /** Where a template takes the task's instruction. */
    public static final String INSTRUCTION = "{instruction}";
    /** The prompt of a benchmark that gives none: {@link Prompt#DEFAULT_TEMPLATE}, labels standing for themselves, summed. */
    public static final LabelPrompt DEFAULT = new LabelPrompt(Prompt.DEFAULT_TEMPLATE, Map.of(), false);

    /**
     * Checks the template.
     *
     * @throws IllegalArgumentException if the template does not hold {@value #TEXT} exactly once
     */
    public LabelPrompt {
        int first = template.indexOf(TEXT);
        if (first < 0 || template.indexOf(TEXT, first + 1) >= 0) {
            throw new IllegalArgumentException("prompt template \"" + escaped(template) + "\" holds " + TEXT + " "
                    + (first < 0 ? "nowhere" : "more than once") + "; expected it exactly once, where each text goes");
        }
        verbalizations = Map.copyOf(verbalizations);
    }

    /**
     * Reads verbalizations written as {@code label=words}.
     *
     * @param entries the entries
     * @param where what holds them, for messages
     * @return the words by label, in the order given
     * @throws IllegalArgumentException naming the entry when one has no {@code =} or names a label twice
     */
    public static Map<String, String> parseVerbalizations(List<String> entries, String where) {
        Map<String, String> parsed = new LinkedHashMap<>();
        for (String entry : entries) {
            int equals = entry.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(where + ": verbalization \"" + entry
                        + "\" is not label=words; expected the label, '=', then the words that stand for it");
            }
            String label = entry.substring(0, equals).trim();
            if (parsed.put(label, entry.substring(equals + 1)) != null) {
                throw new IllegalArgumentException(where + ": label '" + label + "' has two verbalizations");
            }
        }
        return parsed;
    }

    /**
     * Checks that every verbalized label is one of the task's.
     *
     * @param labels the task's labels
     * @throws IllegalArgumentException naming the first unknown label
     */
    public void requireLabels(List<String> labels) {
        for (String label : verbalizations.keySet()) {
            if (!labels.contains(label)) {
                throw new IllegalArgumentException("prompt verbalizes label '" + label + "', which is not one of the"
                        + " task's labels " + labels);
            }
        }
    }

    /** Returns the template with the task's instruction in place: what modules record. */
    public String template(String instruction) {
        return template.replace(INSTRUCTION, instruction);
    }

    /** Returns the words that stand for a label: its verbalization, or its name. */
    public String verbalization(String label) {
        return verbalizations.getOrDefault(label, label);
    }

    /**
     * Puts a text into a template whose instruction is in place.
     *
     * @param template the output of {@link #template(String)}
     * @param text the example's text
     * @return the prompt
     */
    public static String fill(String template, String text) {
        int at = template.indexOf(TEXT);
        return template.substring(0, at) + text + template.substring(at + TEXT.length());
    }

    private static String escaped(String text) {
        return text.replace("\n", "\\n");
    }
}
