package dev.peftu.data;

import java.util.ArrayList;
import java.util.List;

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
 * The text comes first, so when the tokenizer truncates an input to the model's maximum length
 * (it cuts from the end) it shortens the history, never the text. {@code k = 0} leaves every
 * text as it is.
 */
public final class RetrievalAugmentedInputs {

    /** The line between the text and its retrieved history. */
    public static final String HISTORY_HEADER = "Earlier labels of this user:";

    private static final double K1 = 1.2;
    private static final double B = 0.75;

    private RetrievalAugmentedInputs() {
    }

    /**
     * The dataset with every example's text replaced by its retrieval-augmented input; ids,
     * labels and splits are unchanged.
     *
     * @param k neighbours per input, at least 0
     */
    public static PersonalizedDataset augment(PersonalizedDataset dataset, int k) {
        if (k < 0) {
            throw new IllegalArgumentException("retrieve must be a whole number >= 0 but was " + k);
        }
        if (k == 0) {
            return dataset;
        }
        List<UserData> users = new ArrayList<>();
        for (UserData user : dataset.users()) {
            users.add(augment(user, k));
        }
        return new PersonalizedDataset(dataset.task(), users);
    }

    /** One user's examples, each followed by up to {@code k} of that user's own training examples. */
    static UserData augment(UserData user, int k) {
        List<Example> history = user.train();
        Bm25Index index = new Bm25Index(history.stream().map(Example::text).toList(), K1, B);
        return new UserData(user.userId(), augment(user.train(), history, index, k),
                augment(user.val(), history, index, k), augment(user.test(), history, index, k));
    }

    private static List<Example> augment(List<Example> examples, List<Example> history, Bm25Index index, int k) {
        List<Example> augmented = new ArrayList<>();
        for (Example example : examples) {
            augmented.add(new Example(example.id(), input(example, history, index, k), example.labels()));
        }
        return augmented;
    }

    private static String input(Example example, List<Example> history, Bm25Index index, int k) {
        StringBuilder input = new StringBuilder(example.text());
        int added = 0;
        for (Bm25Index.Hit hit : index.search(example.text(), history.size())) {
            Example neighbour = history.get(hit.document());
            if (added == k) {
                break;
            }
            if (neighbour.id().equals(example.id()) || neighbour.text().equals(example.text())) {
                continue;
            }
            input.append(added == 0 ? "\n\n" + HISTORY_HEADER : "").append("\n- ")
                    .append(String.join(", ", neighbour.labels())).append(": ").append(neighbour.text());
            added++;
        }
        return input.toString();
    }
}
