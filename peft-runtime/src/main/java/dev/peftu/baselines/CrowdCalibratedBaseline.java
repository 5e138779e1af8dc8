package dev.peftu.baselines;

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
 * The crowd's reading of a text plus this user's deviation from it: per user, a logistic
 * regression ({@link LogisticCalibration}: multinomial for single-label tasks, one-vs-rest for
 * multi-label ones) whose features are the shares of the other users who gave the same text
 * each label in their training splits, plus a bias, fit on the user's own training split. When
 * no other user trained on a text (as in splits that keep each text with one part), the features
 * are the label shares of all training annotations.
 *
 * <p>Two features' worth of personalization, no base model: a PEFT method that does not beat it
 * has learned nothing a spreadsheet could not.
 */
public final class CrowdCalibratedBaseline extends UserByUserBaseline {

    /** The contender name. */
    public static final String NAME = "crowd-calibrated";

    /** Creates the baseline; it has no settings. */
    public CrowdCalibratedBaseline() {
        this(null);
    }

    private CrowdCalibratedBaseline(MethodSettings settings) {
        super(NAME, Map.of(), settings);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new CrowdCalibratedBaseline(settings);
    }

    @Override
    public boolean usesBaseModel() {
        return false;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        TaskDefinition task = context.dataset().task();
        CrowdLabels crowd = new CrowdLabels(context.dataset());
        if (user.train().isEmpty()) {
            return examples.stream().map(e -> crowd.everyone().predict(e.id())).toList();
        }
        double[][] features = new double[user.train().size()][];
        double[][] targets = new double[user.train().size()][];
        for (int n = 0; n < user.train().size(); n++) {
            Example example = user.train().get(n);
            features[n] = features(crowd, user, example);
            targets[n] = LogisticCalibration.targets(task, example);
        }
        LogisticCalibration model = LogisticCalibration.fit(features, targets, !task.multiLabel());
        List<Prediction> predictions = new ArrayList<>();
        for (Example example : examples) {
            double[] probabilities = model.probabilities(features(crowd, user, example));
            // the most probable label; for multi-label tasks every label of probability at least one half
            predictions.add(Prediction.decode(example.id(), task, probabilities, 0.5));
        }
        return predictions;
    }

    private static double[] features(CrowdLabels crowd, UserData user, Example example) {
        LabelTally others = crowd.othersOn(user, example);
        return (others.isEmpty() ? crowd.everyone() : others).fractions();
    }
}
