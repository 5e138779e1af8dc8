package dev.peftu.results;

/** Whether a contender personalizes with a trained per-user module or is a reference baseline. */
public enum ContenderKind {
    /** A parameter-efficient module trained for each user. */
    PEFT,
    /** A baseline to compare personalized modules with. */
    BASELINE
}
