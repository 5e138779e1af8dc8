/**
 * Build gates over a run's results, free of Maven types so they can be tested directly: a
 * {@link dev.peftu.maven.gate.GateRule} (JaCoCo-style {@code <rule>}) demands a minimum accuracy or
 * a margin over another method, a {@link dev.peftu.maven.gate.RegressionCheck} compares the run with a
 * committed baseline while allowing for tolerance and the noise the confidence intervals show, and
 * each outcome is a {@link dev.peftu.maven.gate.GateVerdict} that the report shows and the build
 * fails on.
 */
package dev.peftu.maven.gate;
