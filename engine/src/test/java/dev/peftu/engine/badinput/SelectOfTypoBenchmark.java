package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** {@code select} over the majority baseline and a misspelt contender name. */
@PeftuBenchmark(name = "select-of-typo", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "majority")
@Method(name = "select", settings = "of=majority,retreival")
public class SelectOfTypoBenchmark {
}
