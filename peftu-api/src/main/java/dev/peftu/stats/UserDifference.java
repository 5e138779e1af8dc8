package dev.peftu.stats;

/**
 * One user's share of a paired comparison: the subject's accuracy minus the reference's, both on
 * that user's same test examples.
 *
 * @param user the user id
 * @param difference subject accuracy minus reference accuracy, in [-1, 1]
 * @param testSize how many test examples the user has
 * @param referenceAccuracy the reference's accuracy on them
 */
public record UserDifference(String user, double difference, int testSize, double referenceAccuracy) {
}
