package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.Prompt;
import dev.peftu.api.TableForm;

/** A benchmark on the tiny causal LM whose prompt gives label {@code no} no words at all. */
@PeftuBenchmark(name = "silent-label", baseModel = "${peftu.models}")
@Prompt(verbalizations = {"yes=agreed", "no="})
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "lora")
public class SilentLabelBenchmark {
}
