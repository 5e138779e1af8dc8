package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.eval.SelfProvidingContender;
import dev.peftu.results.ContenderKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline that predicts each user's validation and test examples in turn and trains nothing;
 * it is its own provider ({@link SelfProvidingContender}).
 */
abstract class UserByUserBaseline extends SelfProvidingContender {

    /**
     * Creates the baseline.
     *
     * @param name the baseline's name on the leaderboard and in messages
     * @param defaults every key of the baseline's own with its default
     * @param settings the checked settings, or {@code null} for the defaults
     */
    UserByUserBaseline(String name, Map<String, String> defaults, MethodSettings settings) {
        super(name, defaults, settings);
    }

    @Override
    public final ContenderKind kind() {
        return ContenderKind.BASELINE;
    }

    @Override
    public final ContenderResult run(RunContext context, ProgressListener progress) {
        List<UserData> users = context.runUsers();
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        Map<String, List<Prediction>> validation = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            UserData user = users.get(i);
            validation.put(user.userId(), predict(context, user, user.val()));
            predictions.put(user.userId(), predict(context, user, user.test()));
            progress.progress("predicting", i + 1, users.size());
        }
        return new ContenderResult(predictions, 0, validation);
    }

    /**
     * Returns one prediction, with per-label scores, per example of {@code user}: its test or its
     * validation examples, predicted from what the baseline learns of the user's training split.
     */
    protected abstract List<Prediction> predict(RunContext context, UserData user, List<Example> examples);
}
