/**
 * Build gates over a run's results, free of Maven types so they can be tested directly: a
 * {@link dev.peftu.maven.gate.GateRule} (JaCoCo-style {@code <rule>}) demands a minimum accuracy or
 * a margin over another method judged on their paired comparison, a
 * {@link dev.peftu.maven.gate.RegressionCheck} compares each method with itself in a committed
 * baseline, paired over the same users and test examples, allowing for the tolerance and the noise
 * the paired interval shows and refusing runs made under another configuration, and each outcome
 * is a {@link dev.peftu.maven.gate.GateVerdict} that the report shows and the build fails on.
 */
package dev.peftu.maven.gate;
