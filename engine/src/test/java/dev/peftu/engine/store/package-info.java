/**
 * Specs and tests of the engine's module store: benchmarks and method labels that keep their own
 * modules, runs that resume from stored modules, and a run killed mid-way and resumed.
 */
package dev.peftu.engine.store;
