package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import dev.peftu.data.Example;
import dev.peftu.eval.Prediction;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import dev.peftu.peft.ParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * How a base model's passes become each row's loss and each row's label probabilities: a
 * classification head on pooled states for an encoder ({@link HeadObjective}), or the likelihood of
 * each label's words after a prompt for a causal LM ({@link LikelihoodObjective}).
 */
interface LabelObjective {

    /** Returns the parameters the objective adds to every user's module (a head's), none for a prompt. */
    List<ParameterSpec> parameters();

    /**
     * Returns where the objective's own parameters start in the second of OPPU's two stages: the
     * task module's, so that a user starts from the task model.
     *
     * @param taskModule the trained task module
     */
    Map<String, HostTensor> startsFrom(TaskModule taskModule);

    /**
     * Computes each row's training loss, {@code [rows]}.
     *
     * @param step the pass's manager
     * @param parameters the pass's view of the users' parameters
     * @param rows the pass's rows, padding included
     * @param injection makes the pass's injection from the view of the parameters the base model sees
     *     (rows repeated when the objective runs a row several times)
     */
    NDArray losses(NDManager step, GroupParameters parameters, List<Row> rows,
                   Function<GroupParameters, Injection> injection);

    /**
     * Computes each row's probability of every label, {@code [rows, labels]}.
     *
     * @param step the pass's manager
     * @param parameters the pass's view of the users' parameters
     * @param rows the pass's rows, padding included
     * @param injection makes the pass's injection, as for {@link #losses}
     */
    NDArray probabilities(NDManager step, GroupParameters parameters, List<Row> rows,
                          Function<GroupParameters, Injection> injection);

    /**
     * Returns how many sequences the base model runs per row when predicting: a pass of rows this
     * many times fewer holds as many sequences.
     */
    int sequencesPerPredictedRow();

    /**
     * Decodes one row's probabilities into a prediction.
     *
     * @param exampleId the example
     * @param probabilities all rows' probabilities, row-major
     * @param row which row
     */
    Prediction decode(String exampleId, float[] probabilities, int row);

    /**
     * Prepares for passes over examples: what does not depend on a module is computed once, ahead
     * (the embeddings of an unchanged encoder, the prompts of a causal LM).
     *
     * @param examples the examples
     */
    void prepare(List<Example> examples);

    /**
     * Returns the keys the objective adds to or changes in a module's {@code adapter_config.json}.
     *
     * @param config the method's configuration, changed in place
     */
    void describe(Map<String, Object> config);
}
