/**
 * Seeded random draws shared by data splitting, synthetic tasks, example sampling, training
 * order and parameter initialization: one shuffle and one normal sampler, so that a seed means
 * the same draws wherever it is used.
 */
package dev.peftu.random;
