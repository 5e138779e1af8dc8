package dev.peftu.engine.badinput;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.Prompt;
import dev.peftu.api.TableForm;

/** A benchmark whose prompt template has no place for the text. */
@PeftuBenchmark(name = "textless-prompt", baseModel = "${peftu.models}")
@Prompt(template = "Is it? Answer: ")
@AnnotationTableDataset(form = TableForm.LONG, annotations = "${peftu.data}/annotations.csv",
        userColumn = "annotator_id", labelColumn = "label")
@Method(name = "lora")
public class TextlessPromptBenchmark {
}
