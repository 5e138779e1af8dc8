package dev.peftu.results;

/**
 * Whether a contender personalizes with a trained per-user module, is a reference baseline, or
 * combines other contenders of its board per user.
 */
public enum ContenderKind {
    /** A parameter-efficient module trained for each user. */
    PEFT,
    /** A baseline to compare personalized modules with. */
    BASELINE,
    /**
     * A per-user choice or combination of other contenders of the same board ({@code select},
     * {@code stack}): it trains nothing itself, reads their validation and test predictions, and
     * is compared with the best baseline like a personalized method.
     */
    COMBINED
}
