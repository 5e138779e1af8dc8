package dev.peftu.data;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * A UTF-8 CSV file with a header row (a byte order mark is skipped), parsed by Jackson's CSV
 * parser (RFC 4180 quoting, including quoted fields that span lines). Every row remembers the line
 * it starts on so that errors can name file, line and column; a quote left open is reported on the
 * line it opened on, and a file separated by {@code ;}, tabs or {@code |} is named as such.
 */
final class CsvTable {

    /** One data row with the line it starts on (1-based, the header is line 1). */
    record Row(int line, List<String> cells) {
    }

    private static final CsvMapper MAPPER = new CsvMapper();
    private static final List<String> OTHER_DELIMITERS = List.of(";", "\t", "|");

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
    }

    /**
     * Reads a whole CSV file.
     *
     * @throws DatasetFormatException when the file is empty, malformed, or a row's width differs
     *     from the header's
     */
    static CsvTable read(Path file) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new DatasetFormatException(file, "file", "expected a readable CSV file");
        }
        String text = Utf8Text.read(file);
        List<List<String>> records = new ArrayList<>();
        List<Integer> lines = new ArrayList<>();
        try (CsvParser parser = (CsvParser) MAPPER.getFactory().createParser(new StringReader(text))) {
            parser.setSchema(CsvSchema.emptySchema());
            parser.enable(CsvParser.Feature.WRAP_AS_ARRAY);
            JsonToken token = parser.nextToken();
            if (token == JsonToken.START_ARRAY) {
                token = parser.nextToken();
            }
            while (token != null && token != JsonToken.END_ARRAY) {
                if (token != JsonToken.START_ARRAY) {
                    throw new DatasetFormatException(file, "line " + parser.currentLocation().getLineNr(),
                            "expected a CSV record, found " + token);
                }
                List<String> cells = new ArrayList<>();
                int line = -1;
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line < 0) {
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    cells.add(parser.getText());
                }
                lines.add(line);
                records.add(cells);
                token = parser.nextToken();
            }
        } catch (JsonProcessingException e) {
            throw CsvQuotes.firstProblem(file, text).orElseGet(() -> {
                var where = e.getLocation();
                String location = where == null ? "file" : "line " + where.getLineNr() + ", column " + where.getColumnNr();
                return new DatasetFormatException(file, location, "malformed CSV: " + e.getOriginalMessage(), e);
            });
        }
        if (records.isEmpty()) {
            throw new DatasetFormatException(file, "line 1", "expected a header row, found an empty file");
        }
        List<String> header = records.get(0);
        checkDelimiter(file, header);
        List<Row> rows = new ArrayList<>();
        for (int i = 1; i < records.size(); i++) {
            List<String> cells = records.get(i);
            int line = lines.get(i);
            if (cells.size() == 1 && cells.get(0).isEmpty()) {
                continue;
            }
            if (cells.size() != header.size()) {
                throw new DatasetFormatException(file, "line " + line,
                        "expected " + header.size() + " columns like the header, found " + cells.size());
            }
            rows.add(new Row(line, cells));
        }
        return new CsvTable(file, header, rows);
    }

    /** A header of one column holding another delimiter is a file separated by that delimiter, not by commas. */
    private static void checkDelimiter(Path file, List<String> header) throws DatasetFormatException {
        if (header.size() != 1) {
            return;
        }
        for (String other : OTHER_DELIMITERS) {
            if (header.get(0).contains(other)) {
                String shown = other.equals("\t") ? "\\t" : other;
                throw new DatasetFormatException(file, "line 1", "expected comma-separated columns, found a single"
                        + " column '" + header.get(0) + "'; the file looks separated by '" + shown
                        + "' (re-save it with ',' between columns)");
            }
        }
    }

    Path file() {
        return file;
    }

    List<String> header() {
        return header;
    }

    List<Row> rows() {
        return rows;
    }

    /** Returns the index of a named column, or throws naming the header line and the columns present. */
    int column(String name) throws DatasetFormatException {
        int index = header.indexOf(name);
        if (index < 0) {
            throw new DatasetFormatException(file, "line 1", "expected a column '" + name + "', header has " + header);
        }
        return index;
    }

    /** Returns an exception pointing at a whole row. */
    DatasetFormatException rowError(Row row, String problem) {
        return new DatasetFormatException(file, "line " + row.line(), problem);
    }

    /** Returns an exception pointing at one cell. */
    DatasetFormatException cellError(Row row, int column, String problem) {
        return new DatasetFormatException(file,
                "line " + row.line() + ", column " + (column + 1) + " (" + header.get(column) + ")", problem);
    }
}
