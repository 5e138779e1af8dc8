/**
 * Personalized datasets: the PEFT-U task and per-user split model, the PEFT-U JSON format,
 * importers that turn raw annotator tables (wide and long CSV layouts) into per-user examples,
 * the seeded per-user (or per-text) splitter, Krippendorff's alpha for measuring how much the
 * users disagree, and a generator of synthetic subjective tasks used as the embedded default.
 */
package dev.peftu.data;
