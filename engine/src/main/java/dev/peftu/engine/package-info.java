/**
 * The peftu JUnit Platform test engine (id {@code peftu}): it finds classes annotated with
 * {@link dev.peftu.api.PeftuBenchmark}, turns each into a tree of benchmark, method and per-user
 * tests plus gates, runs every method on the benchmark's users, and writes the run's
 * {@code results.json}. {@link dev.peftu.engine.Constants} lists every configuration parameter.
 */
package dev.peftu.engine;
