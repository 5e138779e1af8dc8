package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** A benchmark that requires a misspelled key: it would be skipped forever, since nothing may set it. */
@PeftuBenchmark(name = "requires-typo", requires = "peftu.datta")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "majority")
public class RequiresTypoBenchmark {
}
