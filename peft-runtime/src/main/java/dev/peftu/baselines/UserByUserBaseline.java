package dev.peftu.baselines;

import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.peft.MethodSettings;
import dev.peftu.peft.TrainingKeys;
import dev.peftu.train.TrainingOptions;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline that predicts each user's test examples in turn and trains nothing. Its settings
 * are checked once, when it is created, as a PEFT method's are: an unknown key names the known
 * ones, a bad value names the key and what was expected. Besides its own keys it accepts the
 * benchmark's {@code epochs}, which reaches every contender, checks it and ignores it.
 */
abstract class UserByUserBaseline implements Contender {

    private final String name;
    private final MethodSettings settings;

    /**
     * Checks the settings.
     *
     * @param name the baseline's name on the leaderboard and in messages
     * @param defaults every key of the baseline's own with its default
     * @param overrides the user's settings
     */
    UserByUserBaseline(String name, Map<String, String> defaults, Map<String, String> overrides) {
        this.name = name;
        Map<String, String> known = new LinkedHashMap<>(defaults);
        known.put(TrainingKeys.EPOCHS, TrainingOptions.defaults().get(TrainingKeys.EPOCHS));
        this.settings = MethodSettings.of(name, known, overrides);
        settings.positiveInteger(TrainingKeys.EPOCHS);
    }

    @Override
    public final String name() {
        return name;
    }

    /** Returns the effective settings, for subclasses to read their own keys from. */
    final MethodSettings settings() {
        return settings;
    }

    /** The baseline's own settings with their defaults; the ignored {@code epochs} is left out. */
    @Override
    public Map<String, String> effectiveSettings() {
        Map<String, String> own = new LinkedHashMap<>(settings.asMap());
        own.remove(TrainingKeys.EPOCHS);
        return own;
    }

    @Override
    public final ContenderKind kind() {
        return ContenderKind.BASELINE;
    }

    @Override
    public final ContenderResult run(RunContext context, ProgressListener progress) {
        List<UserData> users = context.runUsers();
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            UserData user = users.get(i);
            predictions.put(user.userId(), predict(context, user));
            progress.progress("predicting", i + 1, users.size());
        }
        return new ContenderResult(predictions, 0);
    }

    /** Returns one prediction per test example of {@code user}. */
    protected abstract List<Prediction> predict(RunContext context, UserData user);
}
