package dev.peftu.eval;

import dev.peftu.model.Architecture;
import dev.peftu.results.ContenderKind;
import java.util.Map;

/**
 * One way of predicting each user's labels: a PEFT method trained per user, or a baseline.
 * Every column of a leaderboard is a contender.
 */
public interface Contender {

    /** Returns the name shown on the leaderboard, for example {@code lora} or {@code majority}. */
    String name();

    /** Returns whether this contender personalizes or is a baseline. */
    ContenderKind kind();

    /**
     * Returns the settings this contender runs with, its defaults with the given values applied,
     * for the record of the run; empty for a contender that keeps no defaults of its own, whose
     * record then holds the values it was given.
     */
    default Map<String, String> effectiveSettings() {
        return Map.of();
    }

    /**
     * Returns whether the run needs the base model; contenders that read only texts and labels
     * return false, and then the run context may carry no model.
     */
    default boolean usesBaseModel() {
        return true;
    }

    /**
     * Checks, before anything trains, that this contender can run on a base model of the given
     * architecture (a PEFT method's targets must name its linear layers); the default accepts
     * every base model.
     *
     * @param base the base model's architecture, read from its configuration alone
     * @throws IllegalArgumentException naming the setting and what the base model offers instead
     */
    default void requireCompatible(Architecture base) {
    }

    /**
     * Trains what needs training and predicts every user's test examples.
     *
     * @param context the dataset, base model, seed and settings
     * @param progress where progress goes
     * @return every user's test predictions
     * @throws Exception when the run fails; the caller reports it against this contender only
     */
    ContenderResult run(RunContext context, ProgressListener progress) throws Exception;
}
