package dev.peftu.engine.execution;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.results.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodScore;
import dev.peftu.eval.Scoring;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.UserResult;
import java.util.List;

/**
 * Turns a contender's predictions into the method's entry in results.json, scored the PEFT-U
 * way by the runtime's {@link Scoring}: per-user accuracy, their mean with a 95% bootstrap
 * confidence interval over users, and macro-F1.
 */
public final class MethodScorer {

    /**
     * Scores one method.
     *
     * @param label the method's leaderboard label
     * @param kind whether it is a PEFT method or a baseline
     * @param dataset the users and their test examples
     * @param result the method's predictions
     * @param seed seeds the bootstrap
     * @param seconds how long the method ran
     * @return the method's result
     */
    public MethodResult score(String label, ContenderKind kind, PersonalizedDataset dataset, ContenderResult result,
                              long seed, double seconds) {
        MethodScore score = new Scoring(seed).score(dataset, result);
        List<UserResult> users = score.users().stream()
                .map(user -> new UserResult(user.userId(), user.accuracy(), user.testSize()))
                .toList();
        return new MethodResult(label, kind, Outcome.PASSED, null, result.trainableParameters(), score.accuracy(),
                score.ciLow(), score.ciHigh(), score.macroF1(), seconds, users);
    }
}
