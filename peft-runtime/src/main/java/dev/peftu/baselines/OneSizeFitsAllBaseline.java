package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Predicts what the other users said about the same text: the majority of the labels the other
 * users gave it in their training splits, matched by text id and, when no other user trained on
 * that id, by identical text. When nobody else trained on the text, falls back to the majority of
 * all users' training labels. The "non-personalized crowd" reference; ignores the base model.
 */
public final class OneSizeFitsAllBaseline extends UserByUserBaseline {

    /** The contender name. */
    public static final String NAME = "one-size-fits-all";

    /** Creates the baseline; it has no settings. */
    public OneSizeFitsAllBaseline() {
        this(null);
    }

    private OneSizeFitsAllBaseline(MethodSettings settings) {
        super(NAME, Map.of(), settings);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new OneSizeFitsAllBaseline(settings);
    }

    @Override
    public boolean usesBaseModel() {
        return false;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        CrowdLabels crowd = new CrowdLabels(context.dataset());
        List<Prediction> predictions = new ArrayList<>();
        for (Example example : examples) {
            LabelTally others = crowd.othersOn(user, example);
            predictions.add((others.isEmpty() ? crowd.everyone() : others).predict(example.id()));
        }
        return predictions;
    }
}
