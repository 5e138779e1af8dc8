package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** The personal head, and LoRA with a head learning rate, on the tiny causal LM, which has no head to train. */
@PeftuBenchmark(name = "head-on-causal", baseModel = "${peftu.models}")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "head")
@Method(name = "lora", settings = "headLearningRate=0.01")
public class HeadOnCausalBenchmark {
}
