package dev.peftu.example;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.InvalidRows;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.TableForm;

/**
 * StudEmo emotions as twenty-five annotators rated them (the long table: one row per text and
 * annotator with ten intensity columns; a label counts from intensity 1), every method and the
 * OPPU variants on the full data for one epoch (at the default three its 7,411 longer texts take
 * hours on two cores). Runs only when {@code peftu.data} names the datasets directory; without it the
 * benchmark is reported as skipped.
 *
 * <p>52 of the 7,463 rows rate no emotion at the threshold; PEFT-U leaves them out, so this spec opts
 * in to dropping them ({@code invalidRows = DROP}) and the report counts them.
 *
 * <p>Data: PEFT-U (ChrisIsKing/Parameter-Efficient-Personalization, {@code data/}), redistributing
 * StudEmo / Ngo et al. 2022.
 */
@PeftuBenchmark(name = "studemo", seed = 42, epochs = 1, requires = "peftu.data")
@AnnotationTableDataset(form = TableForm.LONG,
        annotations = "${peftu.data}/studemo/annotation_data.csv",
        texts = "${peftu.data}/studemo/text_data.csv",
        idColumn = "text_id", userColumn = "annotator_id", threshold = 1, invalidRows = InvalidRows.DROP)
@EveryMethod
@OppuVariants
@PerUserChoice
class StudEmoBenchmark extends PersonalizationGates {
}
