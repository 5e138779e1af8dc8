package dev.peftu.model;

import dev.peftu.data.LabelPrompt;
import dev.peftu.data.TaskDefinition;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The token ids a causal LM scores a task's labels with: each label's words encoded on their own
 * (no special tokens), and each prompt (the template filled with a text, encoded with the special
 * tokens the tokenizer file defines) fitted to the budget of tokens a prompt may take together with
 * the longest label's words. A prompt too long for the budget loses demonstrations first (the
 * earliest), then the end of its text, cut at a word boundary; the template is never cut. Checked
 * on creation: every label's words give a token, and the template fits the budget.
 */
public final class PromptEncoder {

    /** The recorded setting of the template ({@link #recordedSettings}). */
    public static final String TEMPLATE_SETTING = "prompt.template";
    /** The recorded setting of the label words. */
    public static final String VERBALIZATIONS_SETTING = "prompt.verbalizations";
    /** The recorded setting of how a label's token log-likelihoods combine: {@code sum} or {@code mean}. */
    public static final String LABEL_SCORE_SETTING = "prompt.labelScore";
    /** Between the words of a multi-label demonstration's labels. */
    public static final String LABEL_SEPARATOR = ", ";

    private final TextTokenizer tokenizer;
    private final LabelPrompt prompt;
    private final String template;
    private final List<long[]> labelIds = new ArrayList<>();
    private final int promptBudget;
    private final Map<String, long[]> prompts = new ConcurrentHashMap<>();
    private final int textBudget;

    /**
     * Encodes a task's label words and checks its template against a budget.
     *
     * @param tokenizer the causal LM's tokenizer
     * @param task the task, with its prompt
     * @param budget the most tokens a prompt may take with a label's words
     * @throws IllegalArgumentException naming the label when its words give no token, or the lengths
     *     when the template and the longest label's words exceed the budget
     */
    public PromptEncoder(TextTokenizer tokenizer, TaskDefinition task, int budget) {
        this.tokenizer = tokenizer;
        this.prompt = task.prompt();
        this.template = prompt.template(task.instruction());
        int longest = 0;
        for (String label : task.labels()) {
            String words = prompt.verbalization(label);
            long[] ids = tokenizer.encodeWithoutSpecialTokens(words);
            if (ids.length == 0) {
                throw new IllegalArgumentException("prompt verbalization of label '" + label + "' (\"" + words
                        + "\") gives no token with " + tokenizer.source() + "; expected words that give at least one");
            }
            labelIds.add(ids);
            longest = Math.max(longest, ids.length);
        }
        this.promptBudget = budget - longest;
        int bare = tokenizer.encode(LabelPrompt.fill(template, "")).length;
        this.textBudget = promptBudget - bare;
        if (bare < 1 || bare > promptBudget) {
            throw new IllegalArgumentException("prompt template \"" + template.replace("\n", "\\n") + "\" takes "
                    + bare + " tokens without a text and the longest label's words " + longest + " more, so the"
                    + " prompt cannot fit the " + budget + " tokens a prompt may take (peftu.maxLength, at most the"
                    + " model's max_position_embeddings)" + (bare < 1 ? "; expected a template that gives a token" : ""));
        }
    }

    /** Returns the template with the task's instruction in place, as stored modules record it. */
    public String template() {
        return template;
    }

    /** Returns the prompt this encoder follows. */
    public LabelPrompt prompt() {
        return prompt;
    }

    /**
     * Returns how the prompt is recorded among a method's effective settings (and in its modules'
     * fingerprint): the template with the instruction in place, each label's words, the label
     * score.
     *
     * @param labels the task's labels
     */
    public Map<String, String> recordedSettings(List<String> labels) {
        Map<String, String> recorded = new LinkedHashMap<>();
        recorded.put(TEMPLATE_SETTING, template);
        recorded.put(VERBALIZATIONS_SETTING, String.join("; ", labels.stream()
                .map(label -> label + "=" + prompt.verbalization(label)).toList()));
        recorded.put(LABEL_SCORE_SETTING, prompt.meanScore() ? "mean" : "sum");
        return recorded;
    }

    /**
     * Returns about how many tokens a text may take in a prompt without demonstrations: the budget
     * less the longest label's words and the template's own tokens (a text's tokens are counted
     * alone, so where the tokenizer merges across the template's edges the count is approximate).
     */
    public int textBudget() {
        return textBudget;
    }

    /** Returns the number of labels. */
    public int labels() {
        return labelIds.size();
    }

    /**
     * Returns a label's words as token ids.
     *
     * @param label the label's index in the task's labels
     * @return the ids; do not modify
     */
    public long[] labelIds(int label) {
        return labelIds.get(label);
    }

    /**
     * Returns the prompt of one text, encoded once per text.
     *
     * @param text the text
     * @return its ids, within the budget; do not modify
     */
    public long[] prompt(String text) {
        return prompts.computeIfAbsent(text, t -> prompt(List.of(), t).ids());
    }

    /**
     * Returns the prompt of a text after demonstrations ({@link #demonstration}), dropping the
     * earliest demonstrations while it does not fit.
     *
     * @param demonstrations rendered demonstrations, in prompt order
     * @param text the text
     * @return the ids and how many demonstrations they hold
     */
    public Fitted prompt(List<String> demonstrations, String text) {
        for (int first = 0; first <= demonstrations.size(); first++) {
            String before = String.join("", demonstrations.subList(first, demonstrations.size()));
            long[] ids = tokenizer.encode(before + LabelPrompt.fill(template, text));
            if (ids.length <= promptBudget) {
                return new Fitted(ids, demonstrations.size() - first);
            }
        }
        return new Fitted(cut(text), 0);
    }

    /**
     * Renders a demonstration: the filled template followed by its labels' words (joined by
     * {@value #LABEL_SEPARATOR} when there are several) and a blank line.
     *
     * @param text the demonstration's text
     * @param labels the labels it shows
     * @return the demonstration as text
     */
    public String demonstration(String text, List<String> labels) {
        return LabelPrompt.fill(template, text)
                + String.join(LABEL_SEPARATOR, labels.stream().map(prompt::verbalization).toList()) + "\n\n";
    }

    /** The prompt of the longest start of the text, cut at a word boundary, that fits the budget. */
    private long[] cut(String text) {
        String[] words = text.split("(?<=\\s)");
        int low = 0;
        int high = words.length - 1;
        long[] best = tokenizer.encode(LabelPrompt.fill(template, ""));
        while (low <= high) {
            int middle = (low + high) >>> 1;
            long[] ids = tokenizer.encode(LabelPrompt.fill(template, String.join("", List.of(words).subList(0, middle))));
            if (ids.length <= promptBudget) {
                best = ids;
                low = middle + 1;
            } else {
                high = middle - 1;
            }
        }
        return best;
    }

    /**
     * A prompt fitted to the budget.
     *
     * @param ids its token ids
     * @param demonstrations how many demonstrations it holds
     */
    public record Fitted(long[] ids, int demonstrations) {
    }
}
