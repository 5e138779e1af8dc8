/**
 * Benchmark spec classes that the engine's own tests run through class selectors. Their names
 * avoid Surefire's test patterns so that a build never runs them directly; they are small
 * (synthetic data, few users, the majority baseline) to keep the tests fast.
 */
package dev.peftu.engine.specs;
