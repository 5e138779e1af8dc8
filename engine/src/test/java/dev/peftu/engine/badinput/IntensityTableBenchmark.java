package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/**
 * A long annotator table with intensity columns (StudEmo's layout): {@code annotation_data.csv} and
 * a texts table {@code text_data.csv} beside a multi-label {@code task.json}.
 */
@PeftuBenchmark(name = "intensity-table", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotation_data.csv",
        texts = "${peftu.data}/text_data.csv", idColumn = "text_id", userColumn = "annotator_id", threshold = 1)
@Method(name = "majority")
public class IntensityTableBenchmark {
}
