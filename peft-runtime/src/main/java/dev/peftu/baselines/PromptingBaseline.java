package dev.peftu.baselines;

import ai.djl.ndarray.NDManager;
import dev.peftu.data.TaskDefinition;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.model.Injection;
import dev.peftu.model.LabelLikelihood;
import dev.peftu.model.PromptEncoder;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A prompting baseline: on a causal LM it prompts the frozen model and predicts the label whose
 * words are most likely after the prompt ({@link LabelLikelihood}); on an encoder it stands in with
 * embedding similarity. It records which of the two ran as setting {@value #SCORING}.
 */
abstract class PromptingBaseline extends UserByUserBaseline {

    /** The recorded setting that says how labels were scored. */
    static final String SCORING = "scoring";
    /** {@link #SCORING} on a causal LM: each label's words scored after a prompt. */
    static final String LABEL_LIKELIHOOD = "label-likelihood";
    /** {@link #SCORING} on an encoder: embeddings compared. */
    static final String EMBEDDING_SIMILARITY = "embedding-similarity";
    /** Prompts per batch: few enough that their labels' sequences make one modest pass. */
    private static final int PROMPT_SEQUENCES_PER_PASS = 32;

    private volatile String scoring;

    PromptingBaseline(String name, Map<String, String> defaults, MethodSettings settings) {
        super(name, defaults, settings);
    }

    @Override
    public Map<String, String> effectiveSettings() {
        Map<String, String> recorded = new LinkedHashMap<>(super.effectiveSettings());
        if (scoring != null) {
            recorded.put(SCORING, scoring);
        }
        return recorded;
    }

    /** Records how labels are scored on the run's base model, and returns whether it is a causal LM. */
    protected final boolean prompted(RunContext context) {
        boolean generative = context.baseModel().generative();
        scoring = generative ? LABEL_LIKELIHOOD : EMBEDDING_SIMILARITY;
        return generative;
    }

    /**
     * Predicts from prompts on the run's frozen causal LM: the most likely label (one label, even
     * on a multi-label task: the frozen model's scores have no calibrated threshold), with the
     * softmax of the label scores as per-label scores.
     *
     * @param context the run, whose base model is a causal LM
     * @param exampleIds the examples, in order
     * @param prompts each example's prompt
     * @return one prediction per example
     */
    static List<Prediction> predict(RunContext context, List<String> exampleIds, List<long[]> prompts) {
        BaseModel base = context.baseModel();
        TaskDefinition task = context.dataset().task();
        PromptEncoder encoder = base.promptEncoder(task);
        int labels = task.labels().size();
        int perPass = Math.max(1, PROMPT_SEQUENCES_PER_PASS / labels);
        List<Prediction> predictions = new ArrayList<>();
        for (int start = 0; start < prompts.size(); start += perPass) {
            List<long[]> chunk = prompts.subList(start, Math.min(prompts.size(), start + perPass));
            float[] probabilities;
            try (NDManager step = NDManager.newBaseManager(base.device())) {
                probabilities = LabelLikelihood.scores(step, base.causalLm(), encoder, chunk,
                        LabelLikelihood.everyLabel(chunk.size(), labels), Injection.NONE).softmax(1).toFloatArray();
            }
            for (int i = 0; i < chunk.size(); i++) {
                predictions.add(Prediction.decodeRow(exampleIds.get(start + i), task, probabilities, i,
                        Double.POSITIVE_INFINITY));
            }
        }
        return predictions;
    }
}
