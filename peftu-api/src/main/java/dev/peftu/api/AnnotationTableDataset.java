package dev.peftu.api;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Gives a {@link PeftuBenchmark} a dataset imported from a raw annotator table (CSV), as
 * annotation projects publish them, and split per user by the engine. Paths resolve against the
 * working directory and may reference configuration parameters as {@code ${peftu.data}}.
 *
 * <pre>{@code
 * @AnnotationTableDataset(form = TableForm.LONG,
 *         annotations = "${peftu.data}/studemo/annotation_data.csv",
 *         texts = "${peftu.data}/studemo/text_data.csv",
 *         task = "${peftu.data}/studemo/task.json",
 *         idColumn = "text_id", userColumn = "annotator_id", threshold = 1)
 * }</pre>
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface AnnotationTableDataset {

    /** Whether the table is wide (a column per annotator) or long (a row per annotation). */
    TableForm form();

    /** The annotation table. */
    String annotations();

    /**
     * A second table holding the texts, joined on {@link #idColumn()}; empty when the annotation
     * table has a {@link #textColumn()} of its own.
     */
    String texts() default "";

    /**
     * The PEFT-U {@code task.json} with labels and instruction; empty means the {@code task.json}
     * in the annotation table's directory.
     */
    String task() default "";

    /** The column holding the text id. */
    String idColumn() default "id";

    /** The column holding the text. */
    String textColumn() default "text";

    /** Long form: the column holding the annotator id. */
    String userColumn() default "annotator_id";

    /**
     * Long form: the intensity columns, each named after a label; empty means the labels of the
     * {@link #task()} (ignored when {@link #labelColumn()} is set).
     */
    String[] labelColumns() default {};

    /**
     * Long form: a column holding label names instead of intensities; empty uses the intensity
     * columns.
     */
    String labelColumn() default "";

    /** Long form: the separator between several label names in {@link #labelColumn()}. */
    String labelSeparator() default "|";

    /** Wide form: the prefix of the per-annotator columns; the rest of the name is the user id. */
    String userColumnPrefix() default "label_";

    /** Long form: the intensity from which a label counts as given. */
    double threshold() default 1.0;

    /**
     * Whether each user is split on their own, so one user's test text may be in another's
     * training data (PEFT-U's default); {@code false} splits texts once for all users.
     */
    boolean leakage() default true;

    /**
     * What to do with rows that cannot be used (an empty label, a text id reused with another text)
     * and users too small to split: fail naming file and line (the default) or drop and count them.
     */
    InvalidRows invalidRows() default InvalidRows.FAIL;
}
