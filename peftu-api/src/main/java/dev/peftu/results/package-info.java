/**
 * The results of a peftu run as written to {@code target/peftu/results.json} (schema
 * {@value dev.peftu.results.RunResults#SCHEMA}): immutable records for the run, each benchmark,
 * its dataset summary, each method's aggregate and per-user scores and each gate's outcome, the
 * {@link dev.peftu.results.Shard} a sharded run covered, and
 * {@link dev.peftu.results.ResultsJson}, which reads them strictly and writes them atomically. The
 * engine produces these values, the Maven plugin reads them to render reports and apply gates.
 */
package dev.peftu.results;
