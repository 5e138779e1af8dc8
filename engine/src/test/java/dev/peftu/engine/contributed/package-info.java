/**
 * A contender contributed from outside peftu, as a method author writes one: a baseline defined
 * only in this test code and registered with one line in
 * {@code META-INF/services/dev.peftu.eval.ContenderProvider}, plus the spec that puts it on a
 * board beside a built-in baseline.
 */
package dev.peftu.engine.contributed;
