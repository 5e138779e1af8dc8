package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** A benchmark on a Hugging Face model directory beside its data, {@code ${peftu.data}/minilm}. */
@PeftuBenchmark(name = "base-model", baseModel = "${peftu.data}/minilm")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "lora")
public class BaseModelBenchmark {
}
