/**
 * Training per-user modules: the {@link dev.peftu.train.CohortTrainer} trains a whole cohort of
 * users in one batched pass over the frozen base. Its pieces: each epoch's shuffled per-user
 * batches ({@code EpochBatches}); one optimizer step over them in passes of at most 128 rows
 * ({@code TrainingStep}, through {@code CohortPasses}); the rows of a pass laid out in equal
 * groups of one user each ({@code RowGroups}), so that a user's parameters apply to its group as
 * one slice of a batched product ({@code GroupParameters}, with per-row dropout from
 * {@code RowDropout}); all of a user's parameters as one row of the cohort's array, with
 * per-user AdamW state updated in place ({@code CohortParameters}); what the modules are trained
 * for ({@code LabelObjective}): on an encoder the classification head with its loss and decoding
 * ({@code HeadObjective}, {@code ClassificationHead}), on a causal LM the language-modelling loss
 * of the gold label's words after the prompt ({@code LikelihoodObjective}); the validation pass after an epoch
 * ({@code EpochValidation}) feeding per-user early stopping ({@code EarlyStopping}); and the
 * check that fails a diverged run ({@link dev.peftu.train.TrainingDivergedException}). Seeds are
 * derived per user, so a cohort yields the same modules as training each user alone.
 */
package dev.peftu.train;
