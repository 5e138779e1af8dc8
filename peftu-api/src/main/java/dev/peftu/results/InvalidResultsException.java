package dev.peftu.results;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A results file that is not valid {@value RunResults#SCHEMA} JSON. The message names the file,
 * the line and column, the JSON path of the offending value and what was expected there.
 */
public final class InvalidResultsException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String jsonPath;

    InvalidResultsException(Path file, long line, long column, String jsonPath, String problem, Throwable cause) {
        super(file + location(line, column) + ": invalid peftu results at " + jsonPath + ": " + problem, cause);
        this.file = file;
        this.jsonPath = jsonPath;
    }

    private static String location(long line, long column) {
        return line > 0 ? ":" + line + ":" + column : "";
    }

    /** The file that was read. */
    public Path file() {
        return file;
    }

    /** The JSON path of the offending value, e.g. {@code $.benchmarks[0].methods[1].accuracy}. */
    public String jsonPath() {
        return jsonPath;
    }
}
