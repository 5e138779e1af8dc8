package dev.peftu.api;

/** How a raw annotator table lays out who gave which label. */
public enum TableForm {

    /** One row per text, one label column per annotator (for example {@code label_M_1}). */
    WIDE,

    /**
     * One row per (text, annotator) pair, with label columns holding intensities; a label belongs
     * to the example when its intensity reaches the threshold.
     */
    LONG
}
