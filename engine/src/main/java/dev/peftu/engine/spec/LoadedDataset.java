package dev.peftu.engine.spec;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.results.DatasetSummary;

/**
 * A benchmark's dataset ready to run: split, limited to the spec's users, and summarized for
 * reports.
 *
 * @param dataset the users and their splits
 * @param summary users, examples, labels and agreement, as reported
 */
public record LoadedDataset(PersonalizedDataset dataset, DatasetSummary summary) {
}
