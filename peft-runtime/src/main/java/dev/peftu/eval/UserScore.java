package dev.peftu.eval;

import java.util.Map;

/**
 * One user's result for one contender.
 *
 * @param userId the user
 * @param accuracy share of the user's test examples whose predicted top label is in the gold set
 * @param testSize the number of the user's test examples
 * @param correctByExample each test example id, mapped to whether its prediction was right
 * @param macroF1 the F1 of the user's predicted label sets, macro-averaged over labels
 */
public record UserScore(String userId, double accuracy, int testSize, Map<String, Boolean> correctByExample,
                        double macroF1) {

    /** Copies the outcomes. */
    public UserScore {
        correctByExample = Map.copyOf(correctByExample);
    }
}
