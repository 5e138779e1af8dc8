package dev.peftu.engine.execution;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodScore;
import dev.peftu.eval.Scoring;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.UserResult;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

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
     * @param contender the contender that ran, whose name and kind are recorded
     * @param declared the settings the spec gave it, recorded where the contender keeps no defaults
     * @param dataset the users and their test examples
     * @param result the method's predictions
     * @param seed seeds the bootstrap
     * @param seconds how long the method ran
     * @return the method's result
     */
    public MethodResult score(String label, Contender contender, Map<String, String> declared,
                              PersonalizedDataset dataset, ContenderResult result, long seed, double seconds) {
        MethodScore score = new Scoring(seed).score(dataset, result);
        List<UserResult> users = score.users().stream()
                .map(user -> UserResult.of(user.userId(), user.correctByExample(), user.macroF1())
                        .withChoice(result.choicesByUser().get(user.userId())))
                .toList();
        return new MethodResult(label, contender.name(), recordedSettings(contender, declared), contender.kind(),
                Outcome.PASSED, null, result.trainableParameters(), score.accuracy(), score.ciLow(), score.ciHigh(),
                score.macroF1(), seconds, users);
    }

    /** The contender's effective settings, or the declared ones when it keeps no defaults. */
    static Map<String, String> recordedSettings(Contender contender, Map<String, String> declared) {
        Map<String, String> recorded = new TreeMap<>(declared);
        recorded.putAll(contender.effectiveSettings());
        return recorded;
    }
}
