/**
 * Speed benchmarks run by hand, never by the test suite: each is a {@code main} class that
 * measures something on the real embedded base model (or, {@code CausalTrainingThroughputBenchmark},
 * on a random Llama-shaped causal LM against two Python anchors) and prints a Markdown table, and
 * nothing in it asserts a speed. Run them with the {@code bench} (or {@code bench-causal}) Maven
 * profile of this module, which forks a clean JVM on the test class path so that the measured
 * heap and RSS are the benchmark's own.
 * {@code TrainingStepProfile} and {@code KernelTimings} are their companions for finding out why:
 * the first prints where a training step's time goes, from PyTorch's own profiler; the second
 * times single operations on a step's shapes through DJL and in plain PyTorch side by side.
 */
package dev.peftu.bench;
