package dev.peftu.example;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/**
 * TweetEval hate speech as twenty annotators labelled it (the wide table: one label column per
 * annotator), every method on the full data. Runs only when {@code peftu.data} names the datasets
 * directory; without it the benchmark is reported as skipped.
 *
 * <p>Data: PEFT-U (ChrisIsKing/Parameter-Efficient-Personalization, {@code data/}), redistributing
 * TweetEval / Röttger et al. 2022.
 */
@PeftuBenchmark(name = "tweeteval", seed = 42, requires = "peftu.data")
@AnnotationTableDataset(form = TableForm.WIDE,
        annotations = "${peftu.data}/tweeteval/annotations_g3.csv",
        idColumn = "id", textColumn = "text", userColumnPrefix = "label_")
@Method(name = "lora")
@Method(name = "adapter")
@Method(name = "pfeiffer")
@Method(name = "ia3")
@Method(name = "prompt-tuning")
@Method(name = "prefix-tuning")
@Method(name = "head")
@Method(name = "majority")
@Method(name = "one-size-fits-all")
@Method(name = "zero-shot")
@Method(name = "few-shot")
@Method(name = "retrieval")
@Method(name = "non-personalized")
class TweetEvalBenchmark extends PersonalizationGates {
}
