package dev.peftu.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.peftu.eval.MethodSettings;
import dev.peftu.random.Seeds;
import java.util.List;
import java.util.Map;

/**
 * One optimizer step of a cohort: every present user's batch goes through the base model in passes
 * of whole users of at most a set number of rows, each pass's gradients adding to the users'
 * own, then one AdamW update for everyone present. Each row's loss is weighted by one over its
 * user's rows in the step, so a user's parameters get exactly the gradient of that user's own
 * mean loss; each row's dropout seed derives from its user, epoch, step and position in the
 * user's batch only.
 */
final class TrainingStep {

    private final CohortPasses passes;
    private final MethodSettings settings;
    private final TrainingOptions options;
    private final Map<String, Double> learningRates;
    private final long seed;
    private final int rowsPerPass;

    /**
     * Prepares the steps of one training.
     *
     * @param passes runs the forward passes to the rows' losses
     * @param settings named by the error when a loss diverges
     * @param options the training options (weight decay)
     * @param learningRates learning rate per parameter key
     * @param seed the seed every dropout mask derives from
     * @param rowsPerPass the most rows a pass takes (whole users, so at least one user's batch)
     */
    TrainingStep(CohortPasses passes, MethodSettings settings, TrainingOptions options,
                 Map<String, Double> learningRates, long seed, int rowsPerPass) {
        this.passes = passes;
        this.settings = settings;
        this.options = options;
        this.learningRates = Map.copyOf(learningRates);
        this.seed = seed;
        this.rowsPerPass = rowsPerPass;
    }

    /**
     * Takes the step.
     *
     * @param root the manager each pass's manager is made from
     * @param parameters the cohort's parameters, updated in place
     * @param batches the batches of the users that have one in this step, in cohort order
     * @param cohort the number of users in the cohort
     * @param epoch the epoch, 1-based
     * @param step the step within the epoch, 0-based
     * @throws TrainingDivergedException if a user's training loss is NaN or infinite
     */
    void run(NDManager root, CohortParameters parameters, List<List<Row>> batches, int cohort, int epoch, int step) {
        boolean[] present = new boolean[cohort];
        for (RowGroups groups : RowGroups.passes(batches, rowsPerPass)) {
            int[] users = groups.groupUsers();
            float[] userLosses = backward(root, parameters, groups, epoch, step);
            for (int g = 0; g < users.length; g++) {
                present[users[g]] = true;
                TrainingDivergedException.check(settings, groups.rows().get(g * groups.rowsPerGroup()).userId(),
                        epoch, "training loss", userLosses[g]);
            }
        }
        parameters.update(present, learningRates, options.weightDecay());
    }

    /**
     * Runs one pass of the step forward and backward: each group's user's mean loss over its rows,
     * whose gradients add to the users' own.
     *
     * @param root the manager the pass's manager is made from
     * @param parameters the cohort's parameters, whose gradients grow
     * @param groups the pass's rows, one group per user
     * @param epoch the epoch, 1-based
     * @param step the step within the epoch, 0-based
     * @return each group's user's mean loss
     */
    float[] backward(NDManager root, CohortParameters parameters, RowGroups groups, int epoch, int step) {
        List<Row> rows = groups.rows();
        long[] rowSeeds = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            rowSeeds[r] = Seeds.mix(seed, rows.get(r).userId(), "dropout", epoch, step, r % groups.rowsPerGroup());
        }
        try (NDManager scope = root.newSubManager()) {
            NDArray weight = scope.create(groups.meanWeights());
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                GroupParameters perGroup = new GroupParameters(scope, parameters, groups, rowSeeds);
                NDArray perUser = passes.losses(scope, perGroup, rows).mul(weight)
                        .reshape(groups.groupUsers().length, groups.rowsPerGroup()).sum(new int[] {1});
                collector.backward(perUser.sum());
                return perUser.toFloatArray();
            }
        }
    }
}
