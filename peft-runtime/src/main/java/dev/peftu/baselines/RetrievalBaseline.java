package dev.peftu.baselines;

import dev.peftu.data.Bm25Index;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Predicts from the user's own most similar training texts: BM25 ({@link Bm25Index}) over the
 * user's training texts, then a vote of the top {@code k} hits weighted by their scores (ties to
 * the task's label order). When no training text shares a word with the test text, falls back
 * to the user's majority label ({@link MajorityBaseline}). Settings: {@code k} (default
 * {@value #DEFAULT_K}), {@code k1} (default {@value #DEFAULT_K1}), {@code b} (default
 * {@value #DEFAULT_B}). Ignores the base model.
 */
public final class RetrievalBaseline extends UserByUserBaseline {

    /** The contender name. */
    public static final String NAME = "retrieval";
    /** Neighbours that vote. */
    public static final int DEFAULT_K = 5;
    /** BM25 term-frequency saturation. */
    public static final double DEFAULT_K1 = 1.2;
    /** BM25 length normalization. */
    public static final double DEFAULT_B = 0.75;

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean usesBaseModel() {
        return false;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user) {
        Map<String, String> settings = context.settings();
        double requested = setting(settings, "k", DEFAULT_K);
        int k = (int) requested;
        if (k != requested || k < 1) {
            throw new IllegalArgumentException("setting 'k' of " + NAME + " must be a whole number of at least 1, was "
                    + settings.get("k"));
        }
        TaskDefinition task = context.dataset().task();
        List<Example> train = user.train();
        Bm25Index index = new Bm25Index(train.stream().map(Example::text).toList(),
                setting(settings, "k1", DEFAULT_K1), setting(settings, "b", DEFAULT_B));
        LabelTally majority = MajorityBaseline.trainingTally(task, user);
        List<Prediction> predictions = new ArrayList<>();
        for (Example example : user.test()) {
            LabelTally votes = new LabelTally(task);
            index.search(example.text(), k).forEach(hit -> votes.add(train.get(hit.document()).labels(), hit.score()));
            predictions.add((votes.isEmpty() ? majority : votes).predict(example.id()));
        }
        return predictions;
    }

    private static double setting(Map<String, String> settings, String key, double fallback) {
        String value = settings.get(key);
        if (value == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("setting '" + key + "' of " + NAME + " must be a number, was '"
                    + value + "'", e);
        }
    }
}
