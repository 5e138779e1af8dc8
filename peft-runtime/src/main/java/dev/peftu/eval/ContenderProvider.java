package dev.peftu.eval;

import dev.peftu.results.ContenderKind;
import java.util.Map;

/**
 * The one service provider interface for everything that can stand on a leaderboard: a PEFT
 * method ({@link dev.peftu.peft.PeftMethod}) or a baseline ({@link BaselineProvider}). Providers
 * are found with {@link java.util.ServiceLoader}, from lines in
 * {@code META-INF/services/dev.peftu.eval.ContenderProvider}; peftu's own methods and baselines
 * are registered the same way. A spec names a provider in {@code @Method(name = ...)}, and every
 * name is known with its kind before anything is created.
 *
 * <p>Settings take one strict path for every provider: the keys a provider declares in
 * {@link #defaults()} are the only ones a spec may set; any other key fails before a run, with
 * a message naming it and the known keys.
 *
 * <p>Each provider also has a {@link #version()}: a stored module is reused only by the version
 * of the method that trained it.
 */
public interface ContenderProvider {

    /** Returns the name specs use and the leaderboard shows, e.g. {@code lora} or {@code majority}. */
    String name();

    /** Returns whether the contender personalizes with per-user modules or is a baseline. */
    ContenderKind kind();

    /** Returns every setting the contender accepts with its default value, as plain text. */
    Map<String, String> defaults();

    /**
     * Returns the version of the contender's math, a whole number from 1. It is part of the
     * fingerprint of every module the contender trains, so a stored module of an earlier version
     * is trained again, never reused. Bump it whenever a change to the code makes the contender
     * train or predict differently from before (its math, its initialization, what it stores).
     *
     * @return the version, 1 unless the provider says otherwise
     */
    default int version() {
        return 1;
    }
}
