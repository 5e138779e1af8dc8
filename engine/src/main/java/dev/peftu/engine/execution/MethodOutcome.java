package dev.peftu.engine.execution;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.eval.ContenderResult;
import dev.peftu.results.MethodResult;
import java.util.Optional;

/**
 * A finished method run: its result as it goes into {@code results.json} and, when it failed,
 * the cause to report against the method's container.
 */
public final class MethodOutcome {

    private final MethodResult result;
    private final Throwable failure;
    private final PersonalizedDataset dataset;
    private final ContenderResult predictions;

    private MethodOutcome(MethodResult result, Throwable failure, PersonalizedDataset dataset,
                          ContenderResult predictions) {
        this.result = result;
        this.failure = failure;
        this.dataset = dataset;
        this.predictions = predictions;
    }

    /** Creates the outcome of a method that produced scores from the given predictions. */
    public static MethodOutcome scored(MethodResult result, PersonalizedDataset dataset, ContenderResult predictions) {
        return new MethodOutcome(result, null, dataset, predictions);
    }

    /** Creates the outcome of a method that failed with the given cause. */
    public static MethodOutcome failed(MethodResult result, Throwable failure, PersonalizedDataset dataset) {
        return new MethodOutcome(result, failure, dataset, null);
    }

    /**
     * Returns the method's validation and test predictions, for the methods that combine the
     * board's others; empty when it failed.
     */
    public Optional<ContenderResult> predictions() {
        return Optional.ofNullable(predictions);
    }

    /** Returns the result for {@code results.json}. */
    public MethodResult result() {
        return result;
    }

    /** Throws the failure, if the method failed. */
    public void rethrowFailure() throws Exception {
        if (failure instanceof Exception exception) {
            throw exception;
        }
        if (failure instanceof Error error) {
            throw error;
        }
        if (failure != null) {
            throw new IllegalStateException(failure);
        }
    }

    /** Explains why a user has no score: no test examples, or no predictions from the method. */
    public String unscoredReason(String userId) {
        if (dataset.user(userId).test().isEmpty()) {
            return "the user has no test examples";
        }
        return "the method returned no predictions for the user's " + dataset.user(userId).test().size()
                + " test examples";
    }
}
