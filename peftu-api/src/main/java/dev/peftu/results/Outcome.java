package dev.peftu.results;

/**
 * Whether a method run, a gate or a benchmark succeeded; written in lower case ({@code "passed"},
 * {@code "failed"}, {@code "skipped"}).
 */
public enum Outcome {
    /** Ran to completion (a method) or held (a gate). */
    PASSED,
    /** Threw (a method, a benchmark) or did not hold (a gate); the result carries the reason. */
    FAILED,
    /** Not run because a precondition was not met (a benchmark); the result carries the reason. */
    SKIPPED
}
