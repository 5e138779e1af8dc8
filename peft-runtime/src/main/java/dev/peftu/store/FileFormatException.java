package dev.peftu.store;

import java.io.IOException;

/**
 * A file (or stream) whose content does not follow the format it claims: its message names the
 * source, where in it the problem was found, and what was expected there.
 */
public class FileFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String source;

    /**
     * Creates the exception.
     *
     * @param source the file or stream name, as the user would recognise it
     * @param problem what was wrong and what was expected
     */
    public FileFormatException(String source, String problem) {
        super(source + ": " + problem);
        this.source = source;
    }

    /**
     * Creates the exception for a problem found by a lower layer (for example a JSON parser).
     *
     * @param source the file or stream name, as the user would recognise it
     * @param problem what was wrong and what was expected
     * @param cause the lower-level failure
     */
    public FileFormatException(String source, String problem, Throwable cause) {
        super(source + ": " + problem, cause);
        this.source = source;
    }

    /** Returns the file or stream name the problem was found in. */
    public String source() {
        return source;
    }
}
