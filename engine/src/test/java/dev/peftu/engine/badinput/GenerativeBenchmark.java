package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** A benchmark on the tiny causal LM ({@code ${peftu.models}}) with the default prompt. */
@PeftuBenchmark(name = "generative", baseModel = "${peftu.models}")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "lora")
public class GenerativeBenchmark {
}
