package dev.peftu.eval;

/**
 * One user's result for one contender.
 *
 * @param userId the user
 * @param accuracy share of the user's test examples whose predicted top label is in the gold set
 * @param testSize the number of the user's test examples
 */
public record UserScore(String userId, double accuracy, int testSize) {
}
