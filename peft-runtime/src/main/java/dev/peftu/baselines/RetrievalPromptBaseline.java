package dev.peftu.baselines;

import dev.peftu.data.Bm25Index;
import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import dev.peftu.model.Architecture;
import dev.peftu.model.PromptEncoder;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The retrieval prompt, OPPU's RAG baseline: the frozen causal LM prompted with the user's k
 * training examples most similar to the text by BM25 ({@link Bm25Index}) as demonstrations, the
 * most similar nearest the text, each with the label the user gave. Causal LMs only: on an encoder,
 * {@code retrieval} is the BM25 vote without a model. Settings: {@code k}, a whole number >= 1
 * (default {@value #DEFAULT_K}), {@code k1} and {@code b} as for {@link RetrievalBaseline}.
 */
public final class RetrievalPromptBaseline extends PromptingBaseline {

    /** The contender name. */
    public static final String NAME = "retrieval-prompt";
    /** Demonstrations per prompt. */
    public static final int DEFAULT_K = 3;

    private final int k;
    private final double k1;
    private final double b;

    /** Creates the baseline with its default settings. */
    public RetrievalPromptBaseline() {
        this(null);
    }

    private RetrievalPromptBaseline(MethodSettings settings) {
        super(NAME, Map.of(RetrievalBaseline.K, Integer.toString(DEFAULT_K),
                RetrievalBaseline.K1, Double.toString(RetrievalBaseline.DEFAULT_K1),
                RetrievalBaseline.B, Double.toString(RetrievalBaseline.DEFAULT_B)), settings);
        this.k = settings().positiveInteger(RetrievalBaseline.K);
        this.k1 = settings().nonNegative(RetrievalBaseline.K1);
        this.b = settings().unitInterval(RetrievalBaseline.B);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new RetrievalPromptBaseline(settings);
    }

    @Override
    public void requireCompatible(Architecture base) {
        if (!base.generative()) {
            throw new IllegalArgumentException(NAME + " prompts a causal LM, but the base model is an encoder ("
                    + base.modelType() + "); expected a llama, mistral, qwen2 or qwen3 model directory as base"
                    + " model, or method " + RetrievalBaseline.NAME + " (its BM25 vote needs no model)");
        }
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        prompted(context);
        PromptEncoder prompts = context.baseModel().promptEncoder(context.dataset().task());
        List<Example> train = user.train();
        Bm25Index index = new Bm25Index(train.stream().map(Example::text).toList(), k1, b);
        List<long[]> ids = new ArrayList<>();
        for (Example example : examples) {
            List<String> demonstrations = new ArrayList<>();
            for (Bm25Index.Hit hit : index.search(example.text(), k)) {
                Example shot = train.get(hit.document());
                // the most similar nearest the text
                demonstrations.add(0, prompts.demonstration(shot.text(), shot.labels()));
            }
            ids.add(prompts.prompt(demonstrations, example.text()).ids());
        }
        return predict(context, examples.stream().map(Example::id).toList(), ids);
    }
}
