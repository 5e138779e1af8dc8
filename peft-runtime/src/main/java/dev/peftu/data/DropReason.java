package dev.peftu.data;

/**
 * Why a row, sample or user of a dataset cannot be used. With {@link dev.peftu.api.InvalidRows#FAIL}
 * (the default) the first one fails the import naming file and line; with {@link
 * dev.peftu.api.InvalidRows#DROP} each is left out and counted under its {@link #description()}.
 */
public enum DropReason {

    /** A row or sample whose label cell is empty, or whose label field is missing or empty. */
    EMPTY_LABEL("empty or missing label"),

    /** A long-table row none of whose intensity columns reaches the threshold. */
    NO_LABEL_AT_THRESHOLD("no label at the threshold"),

    /** A row or sample whose text id was given earlier with a different text. */
    TEXT_ID_REUSED("text id reused with another text"),

    /** A user with fewer examples than {@link PeftuSplitter#MIN_EXAMPLES}, too few to split. */
    TOO_FEW_EXAMPLES("fewer than " + PeftuSplitter.MIN_EXAMPLES + " examples"),

    /** A user without a test example (a no-leak split put all their texts elsewhere, or a JSON file has none). */
    NO_TEST_EXAMPLE("no test example"),

    /** A user of a PEFT-U JSON file without a training example. */
    NO_TRAINING_EXAMPLE("no training example");

    /** Ends an error about unusable input that the dataset annotation's opt-in could drop instead. */
    public static final String DROP_HINT = "(or set invalidRows = InvalidRows.DROP on the dataset annotation to"
            + " leave such input out and count it)";

    private final String description;

    DropReason(String description) {
        this.description = description;
    }

    /** Returns the reason as results.json and the report count it, for example {@code empty or missing label}. */
    public String description() {
        return description;
    }
}
