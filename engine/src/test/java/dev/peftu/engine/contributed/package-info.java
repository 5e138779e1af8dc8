/**
 * A contender contributed from outside peftu, as a method author writes one: a baseline defined
 * only in this test code and registered with one line in
 * {@code META-INF/services/dev.peftu.eval.ContenderProvider}, plus the spec that puts it on a
 * board beside a built-in baseline; and providers registered by a test for one run only (a
 * method at two versions, one that takes a built-in name, one of version 0) with {@link
 * dev.peftu.engine.contributed.ContextServices}.
 */
package dev.peftu.engine.contributed;
