package dev.peftu.eval;

import dev.peftu.results.ContenderKind;
import java.util.List;
import java.util.Map;

/**
 * A contender that trains nothing of its own but chooses among, or combines, the predictions of
 * other methods of the same board, user by user, on each user's validation split ({@code select},
 * {@code stack}). The engine runs the methods it names first, as declared on the board, and hands
 * their results to {@link #combine}; their runs are reused, never repeated.
 */
public interface CombinedContender extends Contender {

    /** Returns the board labels of the methods combined, in the order given ({@code of=...}); ties go to the earlier. */
    List<String> of();

    @Override
    default ContenderKind kind() {
        return ContenderKind.COMBINED;
    }

    @Override
    default boolean usesBaseModel() {
        return false;
    }

    /**
     * Combines the named methods' results for every user of the run.
     *
     * @param context the dataset and the users to predict
     * @param named every method of {@link #of()} by its board label, each with validation and test
     *     predictions
     * @param progress where progress goes
     * @return every user's test predictions and, where the contender chooses, each user's choice
     * @throws IllegalArgumentException naming the method and the user when a result lacks
     *     validation predictions
     */
    ContenderResult combine(RunContext context, Map<String, ContenderResult> named, ProgressListener progress);

    /** Refuses: a combined contender runs only through {@link #combine}, on the results of its board. */
    @Override
    default ContenderResult run(RunContext context, ProgressListener progress) {
        throw new IllegalStateException(name() + " combines the results of other methods of its board (" + of()
                + "); it runs through combine, after them");
    }
}
