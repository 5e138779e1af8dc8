package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** One working method and three broken ones: an unknown name, a NaN setting, a setting without a value. */
@PeftuBenchmark(name = "method-problems", epochs = 1)
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "majority")
@Method(name = "lorra")
@Method(name = "lora", settings = "dropout=NaN")
@Method(name = "majority", label = "majority-bare", settings = "k")
public class MethodProblemsBenchmark {
}
