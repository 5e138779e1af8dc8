package dev.peftu.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a contender's run: every user's test predictions and, for what chooses or
 * combines on validation ({@code select}, {@code stack}), every user's validation predictions.
 *
 * @param predictionsByUser test predictions per user id
 * @param trainableParameters parameters trained per user (0 for baselines that train nothing)
 * @param validationByUser validation predictions per user id, in the order of the user's
 *     validation split; empty for a contender that predicts only test examples
 * @param choicesByUser for a contender that chooses per user, the board method chosen per user
 *     id; empty otherwise
 */
public record ContenderResult(Map<String, List<Prediction>> predictionsByUser, long trainableParameters,
                              Map<String, List<Prediction>> validationByUser, Map<String, String> choicesByUser) {

    /** Copies the maps. */
    public ContenderResult {
        predictionsByUser = Map.copyOf(predictionsByUser);
        validationByUser = Map.copyOf(validationByUser);
        choicesByUser = Map.copyOf(choicesByUser);
    }

    /** The outcome of a contender that predicts test examples only. */
    public ContenderResult(Map<String, List<Prediction>> predictionsByUser, long trainableParameters) {
        this(predictionsByUser, trainableParameters, Map.of(), Map.of());
    }

    /** The outcome of a contender that predicts validation and test examples. */
    public ContenderResult(Map<String, List<Prediction>> predictionsByUser, long trainableParameters,
                           Map<String, List<Prediction>> validationByUser) {
        this(predictionsByUser, trainableParameters, validationByUser, Map.of());
    }
}
