package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import dev.peftu.model.PromptEncoder;
import dev.peftu.random.Sampling;
import dev.peftu.random.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Few-shot: k examples drawn (seeded) from the user's own training split, as PEFT-U puts k of a
 * user's examples in the prompt. On a causal LM they are the prompt's demonstrations, each the
 * filled template followed by its gold label's words, before the text's own prompt (the earliest
 * dropped when they do not fit the prompt budget). On an encoder each test text takes the labels of
 * those shots weighted by how close the frozen base model embeds them to it. Setting {@code k}, a
 * whole number >= 1 (default {@value #DEFAULT_K}, PEFT-U's).
 */
public final class FewShotBaseline extends PromptingBaseline {

    /** The contender name. */
    public static final String NAME = "few-shot";
    /** Shots per user. */
    public static final int DEFAULT_K = 3;
    /** Setting: shots per user. */
    public static final String K = "k";

    private final int k;

    /** Creates the baseline with its default settings. */
    public FewShotBaseline() {
        this(null);
    }

    private FewShotBaseline(MethodSettings settings) {
        super(NAME, Map.of(K, Integer.toString(DEFAULT_K)), settings);
        this.k = settings().positiveInteger(K);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new FewShotBaseline(settings);
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        List<Example> shots = shots(user, k, context.seed());
        if (prompted(context)) {
            PromptEncoder prompts = context.baseModel().promptEncoder(context.dataset().task());
            List<String> demonstrations = shots.stream().map(shot -> prompts.demonstration(shot.text(), shot.labels()))
                    .toList();
            return predict(context, examples.stream().map(Example::id).toList(), examples.stream()
                    .map(example -> prompts.prompt(demonstrations, example.text()).ids()).toList());
        }
        float[][] shotEmbeddings = context.baseModel().embed(shots.stream().map(Example::text).toList());
        float[][] texts = context.baseModel().embed(examples.stream().map(Example::text).toList());
        List<Prediction> predictions = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            LabelTally votes = new LabelTally(context.dataset().task());
            for (int s = 0; s < shots.size(); s++) {
                // shift cosine into (0, 2] so every shot votes, the closest the most
                votes.add(shots.get(s).labels(), 1 + EmbeddingSimilarity.cosine(texts[i], shotEmbeddings[s]));
            }
            predictions.add(votes.predict(examples.get(i).id()));
        }
        return predictions;
    }

    /** Draws k training examples, the same ones for the same seed and user. */
    static List<Example> shots(UserData user, int k, long seed) {
        List<Example> pool = new ArrayList<>(user.train());
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, user.userId(), "shots"));
        Sampling.shuffle(pool, random);
        return pool.subList(0, Math.min(k, pool.size()));
    }
}
