package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/** The retrieval prompt on the embedded encoder, which cannot be prompted. */
@PeftuBenchmark(name = "retrieval-prompt-on-encoder")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "retrieval-prompt")
public class RetrievalPromptOnEncoderBenchmark {
}
