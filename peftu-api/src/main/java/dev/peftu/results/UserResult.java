package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * One user's score for one method: which of that user's held-out test examples it got right.
 *
 * <p>The per-example outcomes are what make two methods (or two runs) comparable pairwise: both
 * are scored on the same examples of the same users, so their difference can be taken user by
 * user and example by example.
 *
 * @param user the user (annotator) id
 * @param accuracy fraction of the user's test examples predicted correctly, in [0, 1]
 * @param testSize number of the user's test examples
 * @param examples every test example id of the user, mapped to whether the prediction was right
 * @param macroF1 the F1 of the user's predicted label sets, macro-averaged over labels, in [0, 1]
 * @param choice for a contender that chooses per user ({@link ContenderKind#COMBINED}), the
 *     board method it chose for this user on validation; {@code null} (absent from the JSON)
 *     otherwise
 */
public record UserResult(
        @JsonProperty(required = true) String user,
        @JsonProperty(required = true) double accuracy,
        @JsonProperty(required = true) int testSize,
        @JsonProperty(required = true) Map<String, Boolean> examples,
        @JsonProperty(required = true) double macroF1,
        String choice) {

    /**
     * Checks that the id is present and that accuracy and test size agree with the examples, and
     * copies the examples in id order.
     */
    public UserResult {
        Checks.text(user, "user");
        Checks.fraction(accuracy, "accuracy");
        Checks.fraction(macroF1, "macroF1 of user " + user);
        Objects.requireNonNull(examples, () -> "examples of user " + user + " are required");
        if (testSize <= 0) {
            throw new IllegalArgumentException("testSize of user " + user + " must be > 0 but was " + testSize);
        }
        if (examples.size() != testSize) {
            throw new IllegalArgumentException("user " + user + " has testSize " + testSize + " but "
                    + examples.size() + " examples");
        }
        long right = examples.values().stream().filter(Boolean.TRUE::equals).count();
        if (Math.abs(accuracy - (double) right / testSize) > Figures.EPSILON) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "accuracy of user %s is %s but %d of its %d examples are right", user, accuracy, right, testSize));
        }
        examples.forEach((id, correct) -> {
            Checks.text(id, "example id of user " + user);
            Objects.requireNonNull(correct, () -> "outcome of example " + id + " of user " + user);
        });
        examples = Collections.unmodifiableSortedMap(new TreeMap<>(examples));
        if (choice != null) {
            Checks.text(choice, "choice of user " + user);
        }
    }

    /** A user's score without a per-user choice. */
    public UserResult(String user, double accuracy, int testSize, Map<String, Boolean> examples, double macroF1) {
        this(user, accuracy, testSize, examples, macroF1, null);
    }

    /** A user's score from the outcome of each of its test examples (at least one) and its macro-F1. */
    public static UserResult of(String user, Map<String, Boolean> examples, double macroF1) {
        Objects.requireNonNull(examples, "examples");
        long right = examples.values().stream().filter(Boolean.TRUE::equals).count();
        int size = examples.size();
        return new UserResult(user, size == 0 ? 0 : (double) right / size, size, examples, macroF1);
    }

    /** The same score recording the method chosen for the user. */
    public UserResult withChoice(String chosen) {
        return new UserResult(user, accuracy, testSize, examples, macroF1, chosen);
    }

    /** How many of the user's test examples were predicted correctly. */
    public int correct() {
        return (int) examples.values().stream().filter(Boolean.TRUE::equals).count();
    }
}
