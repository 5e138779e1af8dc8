/**
 * The annotations a benchmark spec is written with: {@link dev.peftu.api.PeftuBenchmark} on a class
 * declares one personalization task, a dataset annotation ({@link dev.peftu.api.SyntheticDataset},
 * {@link dev.peftu.api.PeftuJsonDataset} or {@link dev.peftu.api.AnnotationTableDataset}) says where
 * its users come from, {@link dev.peftu.api.Method} lists the contenders, and
 * {@link dev.peftu.api.Gate} methods assert on the resulting leaderboard. This package is the only
 * part of the engine module spec authors depend on; how specs are discovered and run lives in
 * {@code dev.peftu.engine} and may change without breaking them.
 */
package dev.peftu.api;
