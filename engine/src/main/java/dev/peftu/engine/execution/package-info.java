/**
 * Running benchmarks: the execution context handed down the test tree, one method's run from
 * contender creation to scores, the per-benchmark record gates read as their leaderboard,
 * progress lines with an estimate of the time left, and the run's {@code results.json}.
 */
package dev.peftu.engine.execution;
