package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** A wide annotator table, one {@code label_USER} column per annotator, {@code annotations.csv} beside a {@code task.json}. */
@PeftuBenchmark(name = "wide-table", epochs = 1)
@AnnotationTableDataset(form = TableForm.WIDE, annotations = "${peftu.data}/annotations.csv")
@Method(name = "majority")
public class WideTableBenchmark {
}
