package dev.peftu.engine.spec;

/**
 * A benchmark spec that cannot be run as written: the message names the spec class, the
 * annotation or attribute at fault, and what was expected.
 */
public final class SpecException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates an exception with a message naming the spec, the attribute and the expectation. */
    public SpecException(String message) {
        super(message);
    }

    /** Creates an exception with a message and the failure that caused it. */
    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }
}
