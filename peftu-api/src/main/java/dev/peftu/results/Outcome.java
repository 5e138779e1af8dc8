package dev.peftu.results;

/** Whether a method run or a gate succeeded; written in lower case ({@code "passed"}, {@code "failed"}). */
public enum Outcome {
    /** Ran to completion (a method) or held (a gate). */
    PASSED,
    /** Threw (a method) or did not hold (a gate); the result carries the reason. */
    FAILED
}
