package dev.peftu.data;

import java.util.List;

/**
 * One user's examples, split into training, validation and test parts.
 *
 * @param userId the user (annotator) id as it appears in the source data
 * @param train examples the user's module learns from
 * @param val examples for early stopping
 * @param test held-out examples the user's score is computed on
 */
public record UserData(String userId, List<Example> train, List<Example> val, List<Example> test) {

    /** Copies the lists. */
    public UserData {
        train = List.copyOf(train);
        val = List.copyOf(val);
        test = List.copyOf(test);
    }
}
