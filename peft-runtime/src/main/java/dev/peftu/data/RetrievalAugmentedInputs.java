package dev.peftu.data;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * OPPU's retrieval-augmented input: each text followed by the same user's own most similar
 * training examples with that user's labels, so a model sees the user's history beside the text.
 *
 * <p>Neighbours come from BM25 ({@link Bm25Index}, k1 1.2, b 0.75) over that user's training
 * split only: never another user's rows, never validation or test rows, never the example itself
 * (by id or identical text). The input is, in this fixed template:
 *
 * <pre>
 * {text}
 *
 * Earlier labels of this user:
 * - {labels of neighbour 1, comma-separated}: {text of neighbour 1}
 * - ...
 * </pre>
 *
 * <p>The budget rule: the model reads at most {@code maxLength} tokens per input (special tokens
 * included), and the user's text is never cut to make room for history. The history takes the
 * tokens the text leaves: neighbours are added in order of similarity while the whole input stays
 * under {@code maxLength} tokens (strictly under: the tokenizer counts at most {@code maxLength},
 * so an input counted at {@code maxLength} may have been cut); the first neighbour that does not fit whole is cut to the words
 * that fit (its labels always kept), and no neighbour follows it; a neighbour of which not even
 * the labels and one word fit is left out, and a text that fills the budget alone gets no
 * history at all (nor the header). {@link Augmented#meanHistoryTokens()} is how many tokens of
 * history (header included) an input kept on average. {@code k = 0} leaves every text as it is.
 */
public final class RetrievalAugmentedInputs {

    /**
     * The key under which a contender with {@code retrieve > 0} records, beside its settings, the
     * mean number of history tokens its inputs kept ({@link Augmented#recordedHistoryTokens()}).
     */
    public static final String HISTORY_TOKENS = "retrieve.historyTokens";

    /** The line between the text and its retrieved history. */
    public static final String HISTORY_HEADER = "Earlier labels of this user:";

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private RetrievalAugmentedInputs() {
    }

    /**
     * A dataset with retrieval-augmented inputs and how much history its inputs kept.
     *
     * @param dataset the dataset, every text followed by its retrieved history
     * @param meanHistoryTokens the tokens of history kept per input, averaged over every example
     *     of every user (train, validation and test); 0 when {@code k = 0}
     */
    public record Augmented(PersonalizedDataset dataset, double meanHistoryTokens) {

        /** Returns the mean history tokens as the results record them, to two decimals. */
        public String recordedHistoryTokens() {
            return String.format(Locale.ROOT, "%.2f", meanHistoryTokens);
        }
    }

    /**
     * The dataset with every example's text followed by its retrieved history, within the budget;
     * ids, labels and splits are unchanged.
     *
     * @param dataset the dataset
     * @param k neighbours per input, at least 0
     * @param tokens the number of tokens the model reads for a text, special tokens included
     * @param maxLength the most tokens the model reads per input
     * @return the augmented dataset, the same one when {@code k = 0}
     */
    public static Augmented augment(PersonalizedDataset dataset, int k, ToIntFunction<String> tokens, int maxLength) {
        if (k < 0) {
            throw new IllegalArgumentException("retrieve must be a whole number >= 0 but was " + k);
        }
        if (k == 0) {
            return new Augmented(dataset, 0);
        }
        Budget budget = new Budget(tokens, maxLength);
        List<UserData> users = new ArrayList<>();
        for (UserData user : dataset.users()) {
            users.add(augment(user, k, budget));
        }
        return new Augmented(new PersonalizedDataset(dataset.task(), users),
                budget.inputs == 0 ? 0 : (double) budget.historyTokens / budget.inputs);
    }

    /** One user's examples, each followed by up to {@code k} of that user's own training examples. */
    private static UserData augment(UserData user, int k, Budget budget) {
        List<Example> history = user.train();
        Bm25Index index = new Bm25Index(history.stream().map(Example::text).toList(), K1, B);
        return new UserData(user.userId(), augment(user.train(), history, index, k, budget),
                augment(user.val(), history, index, k, budget), augment(user.test(), history, index, k, budget));
    }

    private static List<Example> augment(List<Example> examples, List<Example> history, Bm25Index index, int k,
                                         Budget budget) {
        List<Example> augmented = new ArrayList<>();
        for (Example example : examples) {
            augmented.add(new Example(example.id(), input(example, history, index, k, budget), example.labels()));
        }
        return augmented;
    }

    private static String input(Example example, List<Example> history, Bm25Index index, int k, Budget budget) {
        String input = example.text();
        int textTokens = budget.tokens.applyAsInt(input);
        int added = 0;
        for (Bm25Index.Hit hit : index.search(example.text(), history.size())) {
            Example neighbour = history.get(hit.document());
            if (added == k) {
                break;
            }
            if (neighbour.id().equals(example.id()) || neighbour.text().equals(example.text())) {
                continue;
            }
            String lead = input + (added == 0 ? "\n\n" + HISTORY_HEADER : "") + "\n- "
                    + String.join(", ", neighbour.labels()) + ": ";
            String whole = lead + neighbour.text();
            if (budget.fits(whole)) {
                input = whole;
                added++;
                continue;
            }
            input = budget.longestFitting(lead, neighbour.text().split(" ")).orElse(input);
            break;
        }
        budget.record(budget.tokens.applyAsInt(input) - textTokens);
        return input;
    }

    /** The model's token budget per input, and the history tokens the inputs kept. */
    private static final class Budget {

        private final ToIntFunction<String> tokens;
        private final int maxLength;
        private long historyTokens;
        private long inputs;

        Budget(ToIntFunction<String> tokens, int maxLength) {
            this.tokens = tokens;
            this.maxLength = maxLength;
        }

        /** Whether the model reads the whole input: under the longest it reads, so nothing was cut. */
        boolean fits(String input) {
            return tokens.applyAsInt(input) < maxLength;
        }

        /** The lead followed by the most words that fit, at least one; empty when not even one fits. */
        Optional<String> longestFitting(String lead, String[] words) {
            int low = 0;
            int high = words.length - 1;
            while (low < high) {
                int middle = (low + high + 1) / 2;
                if (fits(lead + String.join(" ", Arrays.copyOf(words, middle)))) {
                    low = middle;
                } else {
                    high = middle - 1;
                }
            }
            return low == 0 ? Optional.empty() : Optional.of(lead + String.join(" ", Arrays.copyOf(words, low)));
        }

        void record(int history) {
            historyTokens += history;
            inputs++;
        }
    }
}
