/**
 * The goals of {@code peftu-maven-plugin} (prefix {@code peftu}): {@code verify} runs the project's
 * benchmark specs through the peftu engine, renders the HTML report and fails the build on failed
 * gates, rules or regressions; {@code report} renders the report of an existing
 * {@code results.json}; {@code baseline} records the current results as the committed baseline the
 * regression check compares with.
 */
package dev.peftu.maven;
