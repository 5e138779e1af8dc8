package dev.peftu.data;

import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds the quoted field behind a CSV parse error, so that the error names the line where the quote
 * opened rather than the later line where the parser gave up: a quote never closed, or one whose
 * closing quote is followed by something other than a comma or the end of the line (the usual sign
 * that a closing quote is missing further up).
 */
final class CsvQuotes {

    private CsvQuotes() {
    }

    /** Returns the first quoting problem of {@code text}, or empty when its quotes are balanced. */
    static Optional<DatasetFormatException> firstProblem(Path file, String text) {
        int line = 1;
        int openedOn = 0;
        boolean quoted = false;
        boolean fieldStart = true;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '\n') {
                    line++;
                } else if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    i++;
                } else if (c == '"') {
                    quoted = false;
                    char next = i + 1 < text.length() ? text.charAt(i + 1) : ',';
                    if (next != ',' && next != '\n' && next != '\r') {
                        return Optional.of(new DatasetFormatException(file, "line " + openedOn,
                                "a quoted field opens on this line and its closing quote on line " + line
                                        + " is followed by '" + next + "'; expected ',' or the end of the line"
                                        + " after a closing quote (is a closing quote missing on line " + openedOn
                                        + "?)"));
                    }
                }
                continue;
            }
            if (c == '"' && fieldStart) {
                quoted = true;
                openedOn = line;
            }
            if (c == '\n') {
                line++;
            }
            fieldStart = c == ',' || c == '\n' || (c == '\r' && fieldStart);
        }
        if (quoted) {
            return Optional.of(new DatasetFormatException(file, "line " + openedOn,
                    "a quoted field opens on this line and is never closed; expected a closing '\"'"));
        }
        return Optional.empty();
    }
}
