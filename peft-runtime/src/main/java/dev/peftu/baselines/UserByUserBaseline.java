package dev.peftu.baselines;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A baseline that predicts each user's test examples in turn and trains nothing. */
abstract class UserByUserBaseline implements Contender {

    @Override
    public final ContenderKind kind() {
        return ContenderKind.BASELINE;
    }

    @Override
    public final ContenderResult run(RunContext context, ProgressListener progress) {
        PersonalizedDataset dataset = context.dataset();
        List<UserData> users = dataset.users();
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
