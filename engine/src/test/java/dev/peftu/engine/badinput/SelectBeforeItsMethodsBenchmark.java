package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** {@code select} over the majority baseline and retrieval, declared before retrieval. */
@PeftuBenchmark(name = "select-before-its-methods", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "majority")
@Method(name = "select", settings = "of=majority,retrieval")
@Method(name = "retrieval")
public class SelectBeforeItsMethodsBenchmark {
}
