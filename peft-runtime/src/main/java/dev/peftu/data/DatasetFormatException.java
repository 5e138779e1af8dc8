package dev.peftu.data;

import java.io.IOException;
import java.nio.file.Path;

/**
 * A dataset file that does not hold what its format promises. The message always names the
 * file, the place in it (a JSON path such as {@code $.user7.train.s12.label}, or a CSV line and
 * column) and what was expected there.
 */
public final class DatasetFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final transient Path file;
    private final String location;
    private final String problem;

    /**
     * Creates the exception.
     *
     * @param file the offending file
     * @param location where in the file, for example {@code $.u1.train} or {@code line 4, column 3 (label_M_1)}
     * @param problem what was found and what was expected
     */
    public DatasetFormatException(Path file, String location, String problem) {
        this(file, location, problem, null);
    }

    /**
     * Creates the exception with a cause.
     *
     * @param file the offending file
     * @param location where in the file
     * @param problem what was found and what was expected
     * @param cause the underlying parse error, or {@code null}
     */
    public DatasetFormatException(Path file, String location, String problem, Throwable cause) {
        super(file + ": " + location + ": " + problem, cause);
        this.file = file;
        this.location = location;
        this.problem = problem;
    }

    /** Returns the offending file. */
    public Path file() {
        return file;
    }

    /** Returns what was found and what was expected. */
    public String problem() {
        return problem;
    }

    /** Returns where in the file the problem is. */
    public String location() {
        return location;
    }
}
