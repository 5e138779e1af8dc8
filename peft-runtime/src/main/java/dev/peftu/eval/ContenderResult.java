package dev.peftu.eval;

import java.util.List;
import java.util.Map;

/**
 * The outcome of a contender's run: every user's test predictions.
 *
 * @param predictionsByUser test predictions per user id
 * @param trainableParameters parameters trained per user (0 for baselines that train nothing)
 */
public record ContenderResult(Map<String, List<Prediction>> predictionsByUser, long trainableParameters) {

    /** Copies the map. */
    public ContenderResult {
        predictionsByUser = Map.copyOf(predictionsByUser);
    }
}
