/**
 * Personalized datasets: the PEFT-U task and per-user split model, the PEFT-U JSON format,
 * importers that turn raw annotator tables (wide and long CSV layouts, read as UTF-8) into per-user
 * examples and fail on every row they cannot use (or, when a dataset opts in, drop and count it),
 * the seeded per-user (or per-text) splitter, Krippendorff's alpha for measuring how much the
 * users disagree, a generator of synthetic subjective tasks used as the embedded default, and
 * how a task is put to a causal LM ({@link dev.peftu.data.LabelPrompt}: template and label words).
 */
package dev.peftu.data;
