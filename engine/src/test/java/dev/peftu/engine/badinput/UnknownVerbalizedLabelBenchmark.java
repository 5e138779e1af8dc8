package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.Prompt;
import dev.peftu.api.TableForm;

/** A benchmark whose prompt gives words to a label the task does not have. */
@PeftuBenchmark(name = "unknown-verbalized-label", baseModel = "${peftu.models}")
@Prompt(verbalizations = "maybe=perhaps")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "lora")
public class UnknownVerbalizedLabelBenchmark {
}
