package dev.peftu.data;

import dev.peftu.api.InvalidRows;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Imports a long annotation table: one row per (text, annotator) pair, with a text id column,
 * an annotator id column and label columns in one of two encodings:
 * <ul>
 *   <li>intensity columns, each named after a task label, whose numeric cell assigns the label
 *       when it is at least a threshold (StudEmo: {@code joy,...,arousal} with threshold 1);</li>
 *   <li>a label-name column whose cell holds one label name, or several joined by a separator.</li>
 * </ul>
 * The text comes from a column of the same file or is joined from a second CSV by text id. Every
 * row is used or the import fails naming file, line and column: an empty label cell, a row with
 * no label (no intensity at the threshold) and a text id given again with another text fail unless
 * {@link #invalidRows(InvalidRows)} chooses {@link InvalidRows#DROP}, which leaves such rows out and
 * counts them per {@link DropReason} in {@link AnnotatedTask#droppedRows()}. A (text, annotator)
 * pair that repeats is always an error naming both lines, since the two rows may disagree and
 * neither can be chosen silently.
 *
 * <p>Instances are immutable; each configuration method returns a reconfigured copy.
 */
public final class LongAnnotationTable {

    private record TextSource(Path file, String idColumn, String textColumn) {
    }

    private final String textIdColumn;
    private final String annotatorColumn;
    private final List<String> intensityColumns;
    private final double threshold;
    private final String labelNameColumn;
    private final String labelSeparator;
    private final String textColumn;
    private final TextSource textSource;
    private final InvalidRows invalidRows;

    private LongAnnotationTable(String textIdColumn, String annotatorColumn, List<String> intensityColumns,
                                double threshold, String labelNameColumn, String labelSeparator,
                                String textColumn, TextSource textSource, InvalidRows invalidRows) {
        this.textIdColumn = Objects.requireNonNull(textIdColumn, "textIdColumn");
        this.annotatorColumn = Objects.requireNonNull(annotatorColumn, "annotatorColumn");
        this.intensityColumns = intensityColumns;
        this.threshold = threshold;
        this.labelNameColumn = labelNameColumn;
        this.labelSeparator = labelSeparator;
        this.textColumn = textColumn;
        this.textSource = textSource;
        this.invalidRows = Objects.requireNonNull(invalidRows, "invalidRows");
    }

    /**
     * Starts a configuration; labels and the text source must be chosen next.
     *
     * @param textIdColumn the column holding the text id
     * @param annotatorColumn the column holding the annotator (user) id
     */
    public static LongAnnotationTable withColumns(String textIdColumn, String annotatorColumn) {
        return new LongAnnotationTable(textIdColumn, annotatorColumn, null, Double.NaN, null, null, null, null,
                InvalidRows.FAIL);
    }

    /**
     * Reads labels from intensity columns named after task labels.
     *
     * @param columns the label columns; empty means one column per task label
     * @param minimum a label is assigned when its cell is at least this value
     */
    public LongAnnotationTable intensityColumns(List<String> columns, double minimum) {
        return new LongAnnotationTable(textIdColumn, annotatorColumn, List.copyOf(columns), minimum,
                null, null, textColumn, textSource, invalidRows);
    }

    /**
     * Reads labels from a column of label names.
     *
     * @param column the column
     * @param separator separates several labels in one cell (for example {@code ";"}); never
     *     part of a label name
     */
    public LongAnnotationTable labelNameColumn(String column, String separator) {
        return new LongAnnotationTable(textIdColumn, annotatorColumn, null, Double.NaN,
                Objects.requireNonNull(column, "column"), Objects.requireNonNull(separator, "separator"),
                textColumn, textSource, invalidRows);
    }

    /** Takes each text from a column of the annotation file itself. */
    public LongAnnotationTable textColumn(String column) {
        return new LongAnnotationTable(textIdColumn, annotatorColumn, intensityColumns, threshold,
                labelNameColumn, labelSeparator, Objects.requireNonNull(column, "column"), null, invalidRows);
    }

    /** Joins each text from a second CSV file by text id. */
    public LongAnnotationTable textsFrom(Path file, String idColumn, String column) {
        return new LongAnnotationTable(textIdColumn, annotatorColumn, intensityColumns, threshold,
                labelNameColumn, labelSeparator, null, new TextSource(file, idColumn, column), invalidRows);
    }

    /**
     * Chooses what happens to rows that cannot be used (an empty label, no label at the threshold, a
     * text id reused with another text): {@link InvalidRows#FAIL}, the default, or {@link InvalidRows#DROP}.
     */
    public LongAnnotationTable invalidRows(InvalidRows choice) {
        return new LongAnnotationTable(textIdColumn, annotatorColumn, intensityColumns, threshold,
                labelNameColumn, labelSeparator, textColumn, textSource, choice);
    }

    /** Imports {@code csv} with the {@code task.json} beside it. */
    public AnnotatedTask read(Path csv) throws IOException {
        return read(csv, TaskFiles.besides(csv));
    }

    /**
     * Imports {@code csv} for the given task.
     *
     * @throws DatasetFormatException naming file, line and column when a column is missing, a cell
     *     is not a number or not a task label, a text id has no text, or (unless dropped) a row has
     *     no label or reuses a text id with another text
     */
    public AnnotatedTask read(Path csv, TaskDefinition task) throws IOException {
        if (intensityColumns == null && labelNameColumn == null) {
            throw new IllegalStateException("choose labels with intensityColumns or labelNameColumn");
        }
        if (textColumn == null && textSource == null) {
            throw new IllegalStateException("choose texts with textColumn or textsFrom");
        }
        CsvTable table = CsvTable.read(csv);
        int textId = table.column(textIdColumn);
        int annotator = table.column(annotatorColumn);
        int inlineText = textColumn == null ? -1 : table.column(textColumn);
        Map<String, String> joinedTexts = textSource == null ? Map.of() : readTexts(textSource);
        Map<Integer, String> labelColumns = labelColumnsOf(table, task);
        UserExamplesCollector collector = new UserExamplesCollector(invalidRows);
        TextsById texts = new TextsById();
        Map<List<String>, Integer> firstLineOfPair = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String id = row.cells().get(textId).strip();
            String user = row.cells().get(annotator).strip();
            if (id.isEmpty()) {
                throw table.cellError(row, textId, "expected a text id, found an empty cell");
            }
            if (user.isEmpty()) {
                throw table.cellError(row, annotator, "expected an annotator id, found an empty cell");
            }
            Integer firstLine = firstLineOfPair.putIfAbsent(List.of(id, user), row.line());
            if (firstLine != null) {
                throw table.cellError(row, annotator, "annotator '" + user + "' already labelled text '" + id
                        + "' on line " + firstLine + "; expected one row per (text, annotator) pair");
            }
            String text = inlineText >= 0 ? row.cells().get(inlineText) : joinedTexts.get(id);
            if (text == null) {
                throw table.cellError(row, textId, "text id '" + id + "' has no text in " + textSource.file());
            }
            Optional<String> otherText = inlineText < 0 ? Optional.empty()
                    : texts.earlierPlaceOfOtherText(id, text, "line " + row.line());
            if (otherText.isPresent()) {
                collector.reject(DropReason.TEXT_ID_REUSED, table.cellError(row, inlineText, "text id '" + id
                        + "' was given another text on " + otherText.get() + "; expected one text per text id"));
                continue;
            }
            Optional<Integer> emptyCell = labelColumns.keySet().stream()
                    .filter(column -> row.cells().get(column).isBlank()).findFirst();
            if (emptyCell.isPresent()) {
                collector.reject(DropReason.EMPTY_LABEL, table.cellError(row, emptyCell.get(), "expected "
                        + (labelNameColumn != null ? "a label, one of " + task.labels() : "an intensity")
                        + ", found an empty cell"));
                continue;
            }
            List<String> labels = labelsOf(table, row, labelColumns, task);
            if (labels.isEmpty() && labelNameColumn != null) {
                collector.reject(DropReason.EMPTY_LABEL, table.cellError(row, labelColumns.keySet().iterator().next(),
                        "expected a label, one of " + task.labels() + ", found only separators"));
                continue;
            }
            if (labels.isEmpty()) {
                collector.reject(DropReason.NO_LABEL_AT_THRESHOLD, table.rowError(row, "no intensity in "
                        + labelColumns.values() + " reaches the threshold " + threshold
                        + "; expected at least one label"));
                continue;
            }
            collector.add(user, new Example(id, text, LabelSets.canonical(task, labels)));
        }
        return collector.build(task);
    }

    private Map<Integer, String> labelColumnsOf(CsvTable table, TaskDefinition task) throws DatasetFormatException {
        Map<Integer, String> columns = new java.util.LinkedHashMap<>();
        if (labelNameColumn != null) {
            columns.put(table.column(labelNameColumn), labelNameColumn);
            return columns;
        }
        List<String> names = intensityColumns.isEmpty() ? task.labels() : intensityColumns;
        for (String name : names) {
            if (!task.labels().contains(name)) {
                throw new DatasetFormatException(table.file(), "line 1",
                        "intensity column '" + name + "' is not a task label, expected one of " + task.labels());
            }
            columns.put(table.column(name), name);
        }
        return columns;
    }

    private List<String> labelsOf(CsvTable table, CsvTable.Row row, Map<Integer, String> columns,
                                  TaskDefinition task) throws DatasetFormatException {
        List<String> labels = new ArrayList<>();
        for (Map.Entry<Integer, String> column : columns.entrySet()) {
            String cell = row.cells().get(column.getKey()).strip();
            if (labelNameColumn != null) {
                for (String part : cell.split(java.util.regex.Pattern.quote(labelSeparator))) {
                    String label = part.strip();
                    if (label.isEmpty()) {
                        continue;
                    }
                    if (!task.labels().contains(label)) {
                        throw table.cellError(row, column.getKey(),
                                "unknown label '" + label + "', expected one of " + task.labels());
                    }
                    labels.add(label);
                }
            } else if (intensity(table, row, column.getKey(), cell) >= threshold) {
                labels.add(column.getValue());
            }
        }
        if (!task.multiLabel() && labels.size() > 1) {
            throw table.cellError(row, columns.keySet().iterator().next(),
                    "expected one label for single-label task " + task.name() + ", found " + labels);
        }
        return labels;
    }

    private static double intensity(CsvTable table, CsvTable.Row row, int column, String cell)
            throws DatasetFormatException {
        try {
            double value = Double.parseDouble(cell);
            if (Double.isNaN(value)) {
                throw new NumberFormatException("NaN");
            }
            return value;
        } catch (NumberFormatException e) {
            throw table.cellError(row, column, "expected a number, found '" + cell + "'");
        }
    }

    private static Map<String, String> readTexts(TextSource source) throws IOException {
        CsvTable table = CsvTable.read(source.file());
        int id = table.column(source.idColumn());
        int text = table.column(source.textColumn());
        Map<String, String> texts = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String key = row.cells().get(id).strip();
            if (texts.putIfAbsent(key, row.cells().get(text)) != null) {
                throw table.cellError(row, id, "duplicate text id '" + key + "'");
            }
        }
        return texts;
    }
}
