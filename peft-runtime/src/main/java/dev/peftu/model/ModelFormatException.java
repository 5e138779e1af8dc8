package dev.peftu.model;

/**
 * A model file (weights, configuration or tokenizer) is missing or not what it should be. The
 * message names the file and what was expected.
 */
public class ModelFormatException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Creates the exception with a message naming the file and the problem. */
    public ModelFormatException(String message) {
        super(message);
    }

    /** Creates the exception with a message and its cause. */
    public ModelFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
