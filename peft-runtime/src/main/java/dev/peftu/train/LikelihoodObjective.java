package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.eval.Prediction;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import dev.peftu.model.LabelLikelihood;
import dev.peftu.model.PromptEncoder;
import dev.peftu.peft.ParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The objective on a causal LM, as OPPU and PEFT-U fine-tune: the language-modelling loss of the
 * gold label's words after the example's prompt ({@link LabelLikelihood}), the mean over the gold
 * labels of a multi-label example. A prediction scores every label's words after the prompt in one
 * batch; the label probabilities are the softmax of the scores over the task's labels, and the
 * most likely label is predicted, joined on a multi-label task by every label whose probability
 * reaches the threshold. Adds no parameter: a module changes the model itself.
 */
final class LikelihoodObjective implements LabelObjective {

    /** The {@code adapter_config.json} key of the template (instruction in place, {@code {text}} left). */
    static final String TEMPLATE_KEY = "peftu_prompt_template";
    /** The key of the label words, in the order of {@code peftu_labels}. */
    static final String VERBALIZATIONS_KEY = "peftu_verbalizations";
    /** The key of how a label's token log-likelihoods combine: {@code sum} or {@code mean}. */
    static final String LABEL_SCORE_KEY = "peftu_label_score";
    /** The key of the probability from which a label joins a multi-label prediction. */
    static final String THRESHOLD_KEY = "peftu_threshold";

    private final BaseModel base;
    private final TaskDefinition task;
    private final PromptEncoder prompts;
    private final double threshold;

    /**
     * Creates the objective.
     *
     * @param base the causal LM
     * @param task the task, with its prompt
     * @param threshold probability from which a label joins a multi-label prediction
     */
    LikelihoodObjective(BaseModel base, TaskDefinition task, double threshold) {
        this.base = base;
        this.task = task;
        this.prompts = base.promptEncoder(task);
        this.threshold = threshold;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return List.of();
    }

    @Override
    public Map<String, HostTensor> startsFrom(TaskModule taskModule) {
        return Map.of();
    }

    @Override
    public NDArray losses(NDManager step, GroupParameters parameters, List<Row> rows,
                          Function<GroupParameters, Injection> injection) {
        if (!task.multiLabel()) {
            int[][] gold = new int[rows.size()][];
            for (int r = 0; r < rows.size(); r++) {
                gold[r] = new int[] {task.labels().indexOf(rows.get(r).example().labels().get(0))};
            }
            return scores(step, parameters, rows, gold, injection).reshape(rows.size()).neg();
        }
        int labels = task.labels().size();
        float[] targets = new float[rows.size() * labels];
        float[] counts = new float[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            float[] target = GoldLabels.target(task, rows.get(r));
            System.arraycopy(target, 0, targets, r * labels, labels);
            for (float value : target) {
                counts[r] += value;
            }
        }
        NDArray scores = scores(step, parameters, rows, LabelLikelihood.everyLabel(rows.size(), labels), injection);
        return scores.mul(step.create(targets, new Shape(rows.size(), labels))).sum(new int[] {1})
                .div(step.create(counts)).neg();
    }

    @Override
    public NDArray probabilities(NDManager step, GroupParameters parameters, List<Row> rows,
                                 Function<GroupParameters, Injection> injection) {
        return scores(step, parameters, rows, LabelLikelihood.everyLabel(rows.size(), task.labels().size()), injection)
                .softmax(1);
    }

    @Override
    public int sequencesPerPredictedRow() {
        return task.labels().size();
    }

    @Override
    public Prediction decode(String exampleId, float[] probabilities, int row) {
        return Prediction.decodeRow(exampleId, task, probabilities, row, threshold);
    }

    @Override
    public void prepare(List<Example> examples) {
        examples.forEach(example -> prompts.prompt(example.text()));
    }

    /**
     * Writes what a causal LM's module records of how it scores labels: the task type, the
     * template, the label words and how their log-likelihoods combine, the threshold.
     */
    @Override
    public void describe(Map<String, Object> config) {
        config.put("task_type", "CAUSAL_LM");
        config.remove("modules_to_save");
        config.put(TEMPLATE_KEY, prompts.template());
        config.put(VERBALIZATIONS_KEY, task.labels().stream().map(prompts.prompt()::verbalization).toList());
        config.put(LABEL_SCORE_KEY, prompts.prompt().meanScore() ? "mean" : "sum");
        config.put(THRESHOLD_KEY, threshold);
    }

    private NDArray scores(NDManager step, GroupParameters parameters, List<Row> rows, int[][] labels,
                           Function<GroupParameters, Injection> injection) {
        List<long[]> ids = rows.stream().map(row -> prompts.prompt(row.example().text())).toList();
        Injection pass = injection.apply(parameters.repeatEachRow(labels[0].length));
        return LabelLikelihood.scores(step, base.causalLm(), prompts, ids, labels, pass);
    }
}
