package dev.peftu.stats;

/**
 * A two-sided interval around an estimate.
 *
 * @param low the lower end
 * @param high the upper end
 */
public record ConfidenceInterval(double low, double high) {
}
