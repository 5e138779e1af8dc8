/**
 * Reading benchmark specs: the annotations of a spec class and the run's configuration
 * parameters become one immutable {@link dev.peftu.engine.spec.BenchmarkSpec}, with
 * {@code ${...}} references resolved and overrides applied, and its dataset is loaded from what
 * the spec names. Nothing here knows about JUnit's test tree.
 */
package dev.peftu.engine.spec;
