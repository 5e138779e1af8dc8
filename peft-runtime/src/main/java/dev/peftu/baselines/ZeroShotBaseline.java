package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import dev.peftu.model.PromptEncoder;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Zero-shot: with no training and no look at any label a user gave, the frozen base model's answer.
 * On a causal LM, the task's prompt alone: the label whose words are most likely after it. On an
 * encoder, the label whose description (the task's instruction followed by the label name) the
 * model embeds closest to the text. The same answer for every user: what a prompted model gets
 * without personalization.
 */
public final class ZeroShotBaseline extends PromptingBaseline {

    /** The contender name. */
    public static final String NAME = "zero-shot";

    /** Creates the baseline; it has no settings. */
    public ZeroShotBaseline() {
        this(null);
    }

    private ZeroShotBaseline(MethodSettings settings) {
        super(NAME, Map.of(), settings);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new ZeroShotBaseline(settings);
    }

    /** Returns the text whose embedding stands for a label. */
    static String labelDescription(TaskDefinition task, String label) {
        return task.instruction() + " " + label;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        TaskDefinition task = context.dataset().task();
        if (prompted(context)) {
            PromptEncoder prompts = context.baseModel().promptEncoder(task);
            return predict(context, examples.stream().map(Example::id).toList(),
                    examples.stream().map(example -> prompts.prompt(example.text())).toList());
        }
        float[][] labels = context.baseModel().embed(task.labels().stream()
                .map(label -> labelDescription(task, label)).toList());
        float[][] texts = context.baseModel().embed(examples.stream().map(Example::text).toList());
        return IntStream.range(0, texts.length).mapToObj(i -> {
            double[] similarities = new double[labels.length];
            for (int l = 0; l < labels.length; l++) {
                // cosine shifted into [0, 1], the range of the other contenders' scores
                similarities[l] = (1 + EmbeddingSimilarity.cosine(texts[i], labels[l])) / 2;
            }
            // one label even for a multi-label task: no threshold is reached
            return Prediction.decode(examples.get(i).id(), task, similarities, Double.POSITIVE_INFINITY);
        }).toList();
    }
}
