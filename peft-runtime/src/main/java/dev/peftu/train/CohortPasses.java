package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.peftu.data.Example;
import dev.peftu.model.BaseModel;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.peft.ConfiguredMethod;
import java.util.List;

/**
 * Runs rows of many users through the frozen base model, the method's injection (over a frozen
 * task module's, in OPPU's second stage) and the {@link LabelObjective}: the forward pass of a
 * training step, and evaluation passes (no dropout, no gradients) for validation losses and
 * predictions.
 */
final class CohortPasses {

    /**
     * The most rows one pass takes, in training and in evaluation; a larger cohort trains in
     * several passes per optimizer step. On 2 CPU cores passes of 128 rows trained about 4%
     * faster than passes of 64 (larger matrix products, half the native calls), while a whole
     * cohort of 32 users (256 rows) in one pass gained another 2% but held the activations of all
     * of them for the backward pass: 1.9 GB RSS at its peak against 1.2 GB. A prediction pass on a
     * causal LM runs a sequence per label and row, so it takes as many times fewer rows.
     */
    static final int ROWS_PER_PASS = 128;

    private final BaseModel base;
    private final ConfiguredMethod<?> method;
    private final LabelObjective objective;
    private final int groupSize;
    private final TaskModule taskModule;

    /**
     * Prepares the passes.
     *
     * @param base the frozen base model
     * @param method the PEFT method with its configuration
     * @param objective turns passes into losses and probabilities
     * @param groupSize the most rows of one user an evaluation pass groups together
     * @param taskModule the frozen task module under every user's module, or {@code null} for none
     */
    CohortPasses(BaseModel base, ConfiguredMethod<?> method, LabelObjective objective, int groupSize,
                 TaskModule taskModule) {
        this.taskModule = taskModule;
        this.base = base;
        this.method = method;
        this.objective = objective;
        this.groupSize = groupSize;
    }

    /** Whether the base model's output depends on a module: the users' or the task module's. */
    static boolean changesBaseModel(ConfiguredMethod<?> method, TaskModule taskModule) {
        return method.changesBaseModel() || taskModule != null && taskModule.method().changesBaseModel();
    }

    /**
     * Computes each row's training loss, {@code [rows]}.
     *
     * @param step the pass's manager
     * @param parameters the pass's view of the users' parameters
     * @param rows the pass's rows, padding included
     * @return the losses
     */
    NDArray losses(NDManager step, GroupParameters parameters, List<Row> rows) {
        return objective.losses(step, parameters, rows, view -> injection(step, view));
    }

    /**
     * Runs evaluation passes over rows ordered by user: each user's rows cut into groups of at
     * most the group size, as many groups per pass as fit in {@value #ROWS_PER_PASS} rows.
     *
     * @param root the manager each pass's manager is made from
     * @param parameters the users' parameters
     * @param rows the rows, ordered by user
     * @param consumer receives each pass's losses
     */
    void evaluateLosses(NDManager root, CohortParameters parameters, List<Row> rows, PassConsumer consumer) {
        evaluate(root, parameters, rows, ROWS_PER_PASS, (step, pass, view) ->
                consumer.accept(step, pass, losses(step, view, pass.rows())));
    }

    /**
     * Runs evaluation passes, as {@link #evaluateLosses} does, that compute label probabilities.
     *
     * @param root the manager each pass's manager is made from
     * @param parameters the users' parameters
     * @param rows the rows, ordered by user
     * @param consumer receives each pass's probabilities, {@code [rows, labels]}
     */
    void evaluateProbabilities(NDManager root, CohortParameters parameters, List<Row> rows, PassConsumer consumer) {
        int rowsPerPass = Math.max(1, ROWS_PER_PASS / objective.sequencesPerPredictedRow());
        evaluate(root, parameters, rows, rowsPerPass, (step, pass, view) -> consumer.accept(step, pass,
                objective.probabilities(step, view, pass.rows(), each -> injection(step, each))));
    }

    private void evaluate(NDManager root, CohortParameters parameters, List<Row> rows, int rowsPerPass,
                          Evaluation evaluation) {
        for (RowGroups pass : RowGroups.passes(RowGroups.chunks(rows, groupSize), rowsPerPass)) {
            try (NDManager step = root.newSubManager()) {
                evaluation.run(step, pass, new GroupParameters(step, parameters, pass, null));
            }
        }
    }

    /** Prepares the objective for passes over the examples (embeddings, prompts). */
    void prepare(List<Example> examples) {
        objective.prepare(examples);
    }

    /** The injection of the method's parameters, over the frozen task module's when there is one. */
    private Injection injection(NDManager step, GroupParameters parameters) {
        if (!changesBaseModel(method, taskModule)) {
            return Injection.NONE;
        }
        FrozenWeights weights = base.frozenWeights();
        Injection injection = method.attach(weights, parameters);
        if (taskModule != null) {
            FrozenParameters frozen = new FrozenParameters(step, taskModule.weights(), parameters.groupCount(),
                    parameters.rowsPerGroup());
            injection = Injection.stacked(taskModule.method().attach(weights, frozen), injection);
        }
        return injection;
    }

    /** One evaluation pass. */
    private interface Evaluation {
        void run(NDManager step, RowGroups pass, GroupParameters parameters);
    }

    /** Receives the result of one evaluation pass. */
    interface PassConsumer {
        /**
         * Takes a pass's result.
         *
         * @param step the pass's manager, open during the call
         * @param pass the pass's rows
         * @param result their losses {@code [rows]} or probabilities {@code [rows, labels]}
         */
        void accept(NDManager step, RowGroups pass, NDArray result);
    }
}
