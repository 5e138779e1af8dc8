/**
 * Discovery: turns the selectors of a discovery request (classpath roots, packages, classes,
 * {@code @Gate} methods, unique ids) into the engine's test tree, built on JUnit's
 * {@code EngineDiscoveryRequestResolver}. Each spec class is read and its dataset loaded once,
 * because the users of a benchmark are the leaves of its tree; and everything that can be checked
 * before training is checked here, in one pass that lists every problem found, so that a run that
 * cannot succeed fails before anything trains.
 */
package dev.peftu.engine.discovery;
