/**
 * The statistics behind every number peftu reports: the percentile bootstrap interval of a mean
 * over users, and the paired comparison of two methods (or two runs of one method) scored on the
 * same users and test examples, with its per-user differences, paired bootstrap interval,
 * wins/ties/losses and sign-flip p-value; the one definition of a significant difference (interval
 * and sign-flip test together) and the smallest difference a comparison of its size can detect.
 */
package dev.peftu.stats;
