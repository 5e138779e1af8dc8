package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * One user's score for one method: accuracy on that user's held-out test examples.
 *
 * @param user the user (annotator) id
 * @param accuracy fraction of the user's test examples predicted correctly, in [0, 1]
 * @param testSize number of the user's test examples
 */
public record UserResult(
        @JsonProperty(required = true) String user,
        @JsonProperty(required = true) double accuracy,
        @JsonProperty(required = true) int testSize) {

    /** Checks that the id is present, the accuracy a fraction and the test size positive. */
    public UserResult {
        Checks.text(user, "user");
        Checks.fraction(accuracy, "accuracy");
        if (testSize <= 0) {
            throw new IllegalArgumentException("testSize of user " + user + " must be > 0 but was " + testSize);
        }
    }
}
