package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.InvalidRows;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** {@link LongTableBenchmark} opting in to dropping, and counting, unusable rows and users. */
@PeftuBenchmark(name = "long-table-drop", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label", invalidRows = InvalidRows.DROP)
@Method(name = "majority")
public class LongTableDropBenchmark {
}
