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
 * Imports a wide annotation table: one row per text with an id column, a text column and one
 * column per annotator whose cell is that annotator's label (an empty cell means the annotator
 * did not see the text; a row with no label at all is unusable). Annotator columns are chosen by
 * a name prefix, which is stripped to give the user id (tweeteval's {@code label_M_1} with prefix
 * {@code label_} is user {@code M_1}), or by an explicit list, whose column names are the user ids.
 *
 * <p>Every row is used or the import fails naming file, line and column: a row without any label
 * and a text id given again with another text fail unless {@link #invalidRows(InvalidRows)} chooses
 * {@link InvalidRows#DROP}, which leaves such rows out and counts them per {@link DropReason}. A
 * text id repeated with the same text is always an error, since its two rows may disagree.
 *
 * <p>Instances are immutable; each configuration method returns a reconfigured copy.
 */
public final class WideAnnotationTable {

    private final String idColumn;
    private final String textColumn;
    private final String annotatorPrefix;
    private final List<String> annotatorColumns;
    private final InvalidRows invalidRows;

    private WideAnnotationTable(String idColumn, String textColumn, String annotatorPrefix,
                                List<String> annotatorColumns, InvalidRows invalidRows) {
        this.idColumn = Objects.requireNonNull(idColumn, "idColumn");
        this.textColumn = Objects.requireNonNull(textColumn, "textColumn");
        this.annotatorPrefix = annotatorPrefix;
        this.annotatorColumns = annotatorColumns == null ? null : List.copyOf(annotatorColumns);
        this.invalidRows = Objects.requireNonNull(invalidRows, "invalidRows");
    }

    /**
     * Starts a configuration; annotator columns must be chosen next.
     *
     * @param idColumn the column holding the text id
     * @param textColumn the column holding the text
     */
    public static WideAnnotationTable withColumns(String idColumn, String textColumn) {
        return new WideAnnotationTable(idColumn, textColumn, null, null, InvalidRows.FAIL);
    }

    /** Chooses the annotator columns as all columns starting with {@code prefix}; user ids drop the prefix. */
    public WideAnnotationTable annotatorPrefix(String prefix) {
        return new WideAnnotationTable(idColumn, textColumn, Objects.requireNonNull(prefix, "prefix"), null, invalidRows);
    }

    /** Chooses the annotator columns by name; user ids are the column names. */
    public WideAnnotationTable annotatorColumns(List<String> columns) {
        return new WideAnnotationTable(idColumn, textColumn, null, Objects.requireNonNull(columns, "columns"), invalidRows);
    }

    /**
     * Chooses what happens to rows that cannot be used (no label at all, a text id reused with
     * another text): {@link InvalidRows#FAIL}, the default, or {@link InvalidRows#DROP}.
     */
    public WideAnnotationTable invalidRows(InvalidRows choice) {
        return new WideAnnotationTable(idColumn, textColumn, annotatorPrefix, annotatorColumns, choice);
    }

    /** Imports {@code csv} with the {@code task.json} beside it. */
    public AnnotatedTask read(Path csv) throws IOException {
        return read(csv, TaskFiles.besides(csv));
    }

    /**
     * Imports {@code csv} for the given task.
     *
     * @throws DatasetFormatException naming file, line and column when a column is missing, a text
     *     id repeats, or a cell holds a label outside the task's labels
     */
    public AnnotatedTask read(Path csv, TaskDefinition task) throws IOException {
        CsvTable table = CsvTable.read(csv);
        int id = table.column(idColumn);
        int text = table.column(textColumn);
        Map<Integer, String> users = annotatorColumnsOf(table);
        UserExamplesCollector collector = new UserExamplesCollector(invalidRows);
        TextsById texts = new TextsById();
        Map<String, Integer> firstLineOfId = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String textId = row.cells().get(id).strip();
            if (textId.isEmpty()) {
                throw table.cellError(row, id, "expected a text id, found an empty cell");
            }
            Optional<String> otherText = texts.earlierPlaceOfOtherText(textId, row.cells().get(text),
                    "line " + row.line());
            if (otherText.isPresent()) {
                collector.reject(DropReason.TEXT_ID_REUSED, table.cellError(row, text, "text id '" + textId
                        + "' was given another text on " + otherText.get() + "; expected one text per text id"));
                continue;
            }
            Integer earlier = firstLineOfId.putIfAbsent(textId, row.line());
            if (earlier != null) {
                throw table.cellError(row, id, "duplicate text id '" + textId + "' (first on line " + earlier + ")");
            }
            if (users.keySet().stream().allMatch(column -> row.cells().get(column).isBlank())) {
                collector.reject(DropReason.EMPTY_LABEL, table.cellError(row, id, "text '" + textId
                        + "' has no label in any annotator column; expected at least one label, one of "
                        + task.labels()));
                continue;
            }
            for (Map.Entry<Integer, String> user : users.entrySet()) {
                String label = row.cells().get(user.getKey()).strip();
                if (label.isEmpty()) {
                    continue;
                }
                if (!task.labels().contains(label)) {
                    throw table.cellError(row, user.getKey(),
                            "unknown label '" + label + "', expected one of " + task.labels());
                }
                collector.add(user.getValue(), new Example(textId, row.cells().get(text), List.of(label)));
            }
        }
        return collector.build(task);
    }

    private Map<Integer, String> annotatorColumnsOf(CsvTable table) throws DatasetFormatException {
        Map<Integer, String> users = new java.util.LinkedHashMap<>();
        if (annotatorColumns != null) {
            for (String column : annotatorColumns) {
                users.put(table.column(column), column);
            }
        } else if (annotatorPrefix != null) {
            List<String> header = table.header();
            for (int i = 0; i < header.size(); i++) {
                String name = header.get(i);
                if (!name.startsWith(annotatorPrefix)) {
                    continue;
                }
                String user = name.substring(annotatorPrefix.length()).strip();
                if (user.isEmpty()) {
                    throw new DatasetFormatException(table.file(), "line 1, column " + (i + 1) + " (" + name + ")",
                            "expected an annotator id after '" + annotatorPrefix + "', found an empty one");
                }
                users.put(i, user);
            }
        } else {
            throw new IllegalStateException("choose annotator columns with annotatorPrefix or annotatorColumns");
        }
        if (users.isEmpty()) {
            throw new DatasetFormatException(table.file(), "line 1",
                    "expected annotator columns starting with '" + annotatorPrefix + "', header has " + table.header());
        }
        List<String> ids = new ArrayList<>(users.values());
        if (ids.stream().distinct().count() != ids.size()) {
            throw new DatasetFormatException(table.file(), "line 1", "annotator columns give duplicate user ids " + ids);
        }
        return users;
    }
}
