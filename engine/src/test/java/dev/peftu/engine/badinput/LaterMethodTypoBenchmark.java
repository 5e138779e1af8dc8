package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** A method that would train (lora) followed by one whose setting is misspelled. */
@PeftuBenchmark(name = "later-method-typo", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "lora")
@Method(name = "lora", label = "lora-typo", settings = "rnak=4")
public class LaterMethodTypoBenchmark {
}
