package dev.peftu.api;

/**
 * What a dataset annotation does with input that cannot be used as it stands: a row or sample with
 * an empty or missing label, a text id given again with another text, a user with too few
 * examples to split or score. By default such input fails the run, naming the file and the line
 * (or JSON path, or user); a team that knows its data holds such rows opts in to dropping them,
 * and the results and report then count what was dropped per reason.
 */
public enum InvalidRows {

    /** The run fails at the first unusable row, naming the file, the line and what was expected. */
    FAIL,

    /** Unusable rows and users are left out and counted per reason in results.json and the report. */
    DROP
}
