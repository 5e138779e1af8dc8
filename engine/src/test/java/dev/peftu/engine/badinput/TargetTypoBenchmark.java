package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** LoRA on a target the base model has no layer of ({@code querry}). */
@PeftuBenchmark(name = "target-typo")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "majority")
@Method(name = "lora", settings = "targets=query,querry")
public class TargetTypoBenchmark {
}
