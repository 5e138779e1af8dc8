package dev.peftu.train;

import ai.djl.ndarray.NDManager;
import dev.peftu.eval.MethodSettings;
import java.util.List;

/**
 * The validation pass after an epoch: each user's mean loss over its validation examples,
 * checked for divergence and handed to the user's early stopping, which keeps the user's weights
 * when the loss improves.
 */
final class EpochValidation {

    private final CohortPasses passes;
    private final MethodSettings settings;

    /**
     * Prepares the pass.
     *
     * @param passes runs the evaluation passes to the rows' losses
     * @param settings named by the error when a loss diverges
     */
    EpochValidation(CohortPasses passes, MethodSettings settings) {
        this.passes = passes;
        this.settings = settings;
    }

    /**
     * Validates every user that trained in the epoch.
     *
     * @param root the manager each pass's manager is made from
     * @param parameters the cohort's parameters after the epoch
     * @param rows every user's validation rows, ordered by user
     * @param ids the users' ids, by position in the cohort
     * @param training per user, whether it trained in the epoch
     * @param stopping per user, its early stopping
     * @param epoch the epoch, 1-based
     * @throws TrainingDivergedException if a user's validation loss is NaN or infinite
     */
    void run(NDManager root, CohortParameters parameters, List<Row> rows, List<String> ids, boolean[] training,
             List<EarlyStopping> stopping, int epoch) {
        int cohort = ids.size();
        double[] sum = new double[cohort];
        int[] count = new int[cohort];
        passes.evaluateLosses(root, parameters, rows, (step, pass, result) -> {
            float[] losses = result.toFloatArray();
            for (int r = 0; r < losses.length; r++) {
                if (pass.real(r)) {
                    sum[pass.rows().get(r).user()] += losses[r];
                    count[pass.rows().get(r).user()]++;
                }
            }
        });
        for (int u = 0; u < cohort; u++) {
            if (training[u]) {
                // a user without validation examples records NaN: it keeps its latest weights
                double loss = count[u] == 0 ? Double.NaN : sum[u] / count[u];
                if (count[u] > 0) {
                    TrainingDivergedException.check(settings, ids.get(u), epoch, "validation loss", loss);
                }
                int user = u;
                stopping.get(u).record(loss, () -> parameters.userWeights(user));
            }
        }
    }
}
