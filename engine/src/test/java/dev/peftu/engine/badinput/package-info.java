/**
 * The bad-input corpus: every directory under {@code src/test/resources/bad-input/} is one broken
 * dataset or configuration with the message it must produce, and {@link
 * dev.peftu.engine.badinput.BadInputCorpusTest} runs each through the real engine. The spec classes
 * here read their data from {@code ${peftu.data}}, which the runner points at a copy of the case's
 * directory; their names avoid Surefire's test patterns.
 */
package dev.peftu.engine.badinput;
