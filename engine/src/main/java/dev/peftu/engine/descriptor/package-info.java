/**
 * The engine's test tree: a benchmark container per spec class holding a container per method,
 * which holds a test per user, and the benchmark's gates as tests after its methods. Each
 * descriptor is a JUnit {@code Node} that does its own part of the run, in the style of
 * Jupiter's descriptors.
 */
package dev.peftu.engine.descriptor;
