package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** A long annotator table with a label-name column, {@code annotations.csv} beside a {@code task.json}. */
@PeftuBenchmark(name = "long-table", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "majority")
public class LongTableBenchmark {
}
