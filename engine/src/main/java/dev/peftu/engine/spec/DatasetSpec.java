package dev.peftu.engine.spec;

import dev.peftu.api.InvalidRows;
import dev.peftu.api.TableForm;
import java.nio.file.Path;
import java.util.List;

/**
 * Where a benchmark's users come from, with every path resolved: one of the three dataset
 * annotations of the api package, read into plain data.
 */
public sealed interface DatasetSpec {

    /** Returns a short description for logs and reports, such as {@code synthetic(8 users)}. */
    String describe();

    /**
     * A generated task.
     *
     * @param users the number of users
     * @param texts the number of texts each user labels
     * @param alpha the agreement to aim for, or {@code NaN} for the generator's default
     * @param leakage whether users are split one by one rather than by text
     */
    record Synthetic(int users, int texts, double alpha, boolean leakage) implements DatasetSpec {
        @Override
        public String describe() {
            return "synthetic(" + users + " users, " + texts + " texts)";
        }
    }

    /**
     * A PEFT-U JSON dataset directory.
     *
     * @param directory the directory
     * @param invalidRows whether unusable samples and users fail the run or are dropped and counted
     */
    record PeftuJson(Path directory, InvalidRows invalidRows) implements DatasetSpec {
        @Override
        public String describe() {
            return directory.toString();
        }
    }

    /**
     * A raw annotator table to import and split.
     *
     * @param form wide or long
     * @param annotations the annotation table
     * @param texts the texts table, or {@code null} when the annotation table has the texts
     * @param task the {@code task.json}, or {@code null} for the one beside the annotation table
     * @param idColumn the text id column
     * @param textColumn the text column
     * @param userColumn long form: the annotator column
     * @param labelColumns long form: the intensity columns; empty means the task's labels
     * @param labelColumn long form: a label-name column, or empty to use intensity columns
     * @param labelSeparator long form: the separator of several names in the label-name column
     * @param userColumnPrefix wide form: the prefix of annotator columns
     * @param threshold long form: the intensity from which a label counts
     * @param leakage whether users are split one by one rather than by text
     * @param invalidRows whether unusable rows and users fail the run or are dropped and counted
     */
    record AnnotationTable(TableForm form, Path annotations, Path texts, Path task, String idColumn,
                           String textColumn, String userColumn, List<String> labelColumns,
                           String labelColumn, String labelSeparator, String userColumnPrefix,
                           double threshold, boolean leakage, InvalidRows invalidRows) implements DatasetSpec {

        /** Copies the label columns. */
        public AnnotationTable {
            labelColumns = List.copyOf(labelColumns);
        }

        @Override
        public String describe() {
            return annotations.toString();
        }
    }
}
