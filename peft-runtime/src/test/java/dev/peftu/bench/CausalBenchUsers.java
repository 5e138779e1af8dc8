package dev.peftu.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.data.Example;
import dev.peftu.data.LabelPrompt;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.model.PromptEncoder;
import dev.peftu.model.TextTokenizer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToIntFunction;
import java.util.regex.Pattern;

/**
 * The causal-LM training benchmark's synthetic users, whose prompts all take the same number of
 * tokens: each text is a run of words that the model's byte-level BPE encodes as one token each
 * after a space (whole-word entries {@code Ġword} of its vocabulary), as many as the template
 * leaves of the prompt's tokens. The byte-level pre-tokenizer never merges across a space, so the
 * prompt's length is the template's plus the number of words, checked for every text
 * ({@link #requirePromptLength}). Each user labels texts of its own, each {@code positive} or
 * {@code negative} at random, said as the words {@code " positive"} and {@code " negative"} after
 * {@code "Answer:"}. The token ids of every training sequence are written for the Python anchors
 * ({@link #anchorData}), so that all contenders train on the very same tokens.
 */
final class CausalBenchUsers {

    /** The prompt template: the text after {@code "Text:"}, the answer after {@code "Answer:"}. */
    static final String TEMPLATE = "Text:" + LabelPrompt.TEXT + "\nAnswer:";
    /** The benchmark's task: two labels, each said as one word. */
    static final TaskDefinition TASK = new TaskDefinition("causal-bench", List.of("positive", "negative"), false,
            "Is the text positive?", new LabelPrompt(TEMPLATE,
                    Map.of("positive", " positive", "negative", " negative"), false));
    /** The ByteLevel pre-tokenizer's mark of a leading space. */
    private static final String SPACE_MARK = "\u0120";
    private static final Pattern WHOLE_WORD = Pattern.compile(SPACE_MARK + "[a-z]{3,}");

    private CausalBenchUsers() {
    }

    /**
     * Returns the words of a byte-level BPE vocabulary that encode, after a space, to exactly one
     * token: its entries {@code Ġ} followed by three or more lowercase letters, in id order, each
     * checked by encoding it.
     *
     * @param tokenizerFile the model's {@code tokenizer.json}
     * @param tokenizer the model's tokenizer, to check each word with
     * @param limit the most words to return
     * @return the words, without the leading space
     * @throws IllegalArgumentException if the vocabulary has no such word
     */
    static List<String> singleTokenWords(Path tokenizerFile, TextTokenizer tokenizer, int limit) {
        JsonNode vocabulary;
        try {
            vocabulary = new ObjectMapper().readTree(tokenizerFile.toFile()).path("model").path("vocab");
        } catch (IOException e) {
            throw new UncheckedIOException(tokenizerFile + ": cannot read the vocabulary", e);
        }
        Map<Long, String> byId = new TreeMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> it = vocabulary.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            if (WHOLE_WORD.matcher(entry.getKey()).matches()) {
                byId.put(entry.getValue().asLong(), entry.getKey().substring(SPACE_MARK.length()));
            }
        }
        List<String> words = new ArrayList<>();
        for (String word : byId.values()) {
            if (words.size() == limit) {
                break;
            }
            if (tokenizer.encodeWithoutSpecialTokens(" " + word).length == 1) {
                words.add(word);
            }
        }
        if (words.isEmpty()) {
            throw new IllegalArgumentException(tokenizerFile + ": no vocabulary entry is a whole word (Ġ and three or"
                    + " more lowercase letters) that encodes to one token; expected a byte-level BPE with such words");
        }
        return words;
    }

    /**
     * Returns how many words a text takes for the prompt to take the given number of tokens.
     *
     * @param promptLength the tokens of the prompt of a text
     * @param promptTokens the tokens every prompt should take
     * @throws IllegalArgumentException if the template alone leaves no room for a word
     */
    static int wordsPerText(ToIntFunction<String> promptLength, int promptTokens) {
        int bare = promptLength.applyAsInt("");
        if (bare >= promptTokens) {
            throw new IllegalArgumentException("the template \"" + TEMPLATE.replace("\n", "\\n") + "\" takes " + bare
                    + " tokens without a text; expected peftu.bench.promptTokens above that, it is " + promptTokens);
        }
        return promptTokens - bare;
    }

    /**
     * Draws the users: each with {@code texts} texts of its own, all for training.
     *
     * @param words the words texts are made of
     * @param users how many users
     * @param texts training texts per user
     * @param wordsPerText words per text, each after a space
     * @param seed the seed of the draw
     * @return the dataset, on {@link #TASK}
     */
    static PersonalizedDataset dataset(List<String> words, int users, int texts, int wordsPerText, long seed) {
        Random random = new Random(seed);
        List<String> labels = TASK.labels();
        List<UserData> drawn = new ArrayList<>();
        for (int u = 1; u <= users; u++) {
            String user = String.format(Locale.ROOT, "user%02d", u);
            List<Example> train = new ArrayList<>();
            for (int t = 0; t < texts; t++) {
                StringBuilder text = new StringBuilder();
                for (int w = 0; w < wordsPerText; w++) {
                    text.append(' ').append(words.get(random.nextInt(words.size())));
                }
                train.add(new Example(user + "-t" + t, text.toString(),
                        List.of(labels.get(random.nextInt(labels.size())))));
            }
            drawn.add(new UserData(user, train, List.of(), List.of()));
        }
        return new PersonalizedDataset(TASK, drawn);
    }

    /**
     * Checks that every training text's prompt takes exactly the given number of tokens.
     *
     * @param dataset the users
     * @param promptLength the tokens of the prompt of a text
     * @param promptTokens the tokens every prompt should take
     * @throws IllegalStateException naming the first text whose prompt does not
     */
    static void requirePromptLength(PersonalizedDataset dataset, ToIntFunction<String> promptLength,
                                    int promptTokens) {
        for (UserData user : dataset.users()) {
            for (Example example : user.train()) {
                int length = promptLength.applyAsInt(example.text());
                if (length != promptTokens) {
                    throw new IllegalStateException("the prompt of text " + example.id() + " (\"" + example.text()
                            + "\") takes " + length + " tokens; expected " + promptTokens);
                }
            }
        }
    }

    /**
     * Returns the users' training sequences as the Python anchors read them ({@code --data}):
     * {@code {"users": [{"id": ..., "rows": [{"prompt": [ids], "label": [ids]}, ...]}, ...]}}, each
     * row the prompt's ids (special tokens included) and the gold label's words' ids, as peftu
     * trains on them.
     *
     * @param dataset the users, single-label
     * @param prompts the task's prompts on the model
     * @return the JSON text
     */
    static String anchorData(PersonalizedDataset dataset, PromptEncoder prompts) {
        List<String> labels = dataset.task().labels();
        List<Map<String, Object>> users = new ArrayList<>();
        for (UserData user : dataset.users()) {
            List<Map<String, Object>> rows = new ArrayList<>();
            for (Example example : user.train()) {
                Map<String, Object> row = new LinkedHashMap<>();
                row.put("prompt", prompts.prompt(example.text()));
                row.put("label", prompts.labelIds(labels.indexOf(example.labels().get(0))));
                rows.add(row);
            }
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("id", user.userId());
            entry.put("rows", rows);
            users.add(entry);
        }
        try {
            return new ObjectMapper().writeValueAsString(Map.of("users", users));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
