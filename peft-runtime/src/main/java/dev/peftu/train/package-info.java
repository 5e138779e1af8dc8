/**
 * Training per-user modules: the {@link dev.peftu.train.CohortTrainer} trains a whole cohort of
 * users in one batched pass over the frozen base, each row through its own user's parameters,
 * with per-user AdamW state, per-user early stopping and seeds derived per user, so that a cohort
 * yields the same modules as training each user alone.
 */
package dev.peftu.train;
