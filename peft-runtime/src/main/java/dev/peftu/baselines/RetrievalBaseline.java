package dev.peftu.baselines;

import dev.peftu.data.Bm25Index;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Predicts from the user's own most similar training texts: BM25 ({@link Bm25Index}) over the
 * user's training texts, then a vote of the top {@code k} hits weighted by their scores (ties to
 * the task's label order). When no training text shares a word with the test text, falls back
 * to the user's majority label ({@link MajorityBaseline}). Settings: {@code k}, a whole number
 * >= 1 (default {@value #DEFAULT_K}), {@code k1} >= 0 (default {@value #DEFAULT_K1}), {@code b}
 * in [0, 1] (default {@value #DEFAULT_B}). Ignores the base model.
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
    /** Setting: neighbours that vote. */
    public static final String K = "k";
    /** Setting: BM25 term-frequency saturation. */
    public static final String K1 = "k1";
    /** Setting: BM25 length normalization. */
    public static final String B = "b";

    private final int k;
    private final double k1;
    private final double b;

    /** Creates the baseline with its default settings. */
    public RetrievalBaseline() {
        this(null);
    }

    private RetrievalBaseline(MethodSettings settings) {
        super(NAME, Map.of(K, Integer.toString(DEFAULT_K), K1, Double.toString(DEFAULT_K1), B,
                Double.toString(DEFAULT_B)), settings);
        this.k = settings().positiveInteger(K);
        this.k1 = settings().nonNegative(K1);
        this.b = settings().unitInterval(B);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new RetrievalBaseline(settings);
    }

    @Override
    public boolean usesBaseModel() {
        return false;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        TaskDefinition task = context.dataset().task();
        List<Example> train = user.train();
        Bm25Index index = new Bm25Index(train.stream().map(Example::text).toList(), k1, b);
        LabelTally majority = MajorityBaseline.trainingTally(task, user);
        List<Prediction> predictions = new ArrayList<>();
        for (Example example : examples) {
            LabelTally votes = new LabelTally(task);
            index.search(example.text(), k).forEach(hit -> votes.add(train.get(hit.document()).labels(), hit.score()));
            predictions.add((votes.isEmpty() ? majority : votes).predict(example.id()));
        }
        return predictions;
    }
}
