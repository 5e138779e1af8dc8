package dev.peftu.example;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/**
 * TweetEval hate speech as twenty annotators labelled it (the wide table: one label column per
 * annotator), every method, the OPPU variants and select and stack over them on the full data. Runs only when {@code peftu.data} names the datasets
 * directory; without it the benchmark is reported as skipped.
 *
 * <p>Data: PEFT-U (ChrisIsKing/Parameter-Efficient-Personalization, {@code data/}), redistributing
 * TweetEval / Röttger et al. 2022.
 */
@PeftuBenchmark(name = "tweeteval", seed = 42, requires = "peftu.data")
@AnnotationTableDataset(form = TableForm.WIDE,
        annotations = "${peftu.data}/tweeteval/annotations_g3.csv",
        idColumn = "id", textColumn = "text", userColumnPrefix = "label_")
@EveryMethod
@OppuVariants
@PerUserChoice
class TweetEvalBenchmark extends PersonalizationGates {
}
