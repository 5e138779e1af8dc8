package dev.peftu.eval;

import dev.peftu.stats.UserAverages;
import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Scores a contender's predictions the PEFT-U way: per user, the accuracy on that user's test
 * examples (right when the predicted top label is in the user's gold set) and the macro F1 of
 * predicted label sets ({@link LabelSetF1}); then the mean over users of each, and a 95%
 * percentile bootstrap interval of the mean accuracy with users resampled
 * ({@link UserAverages}). Users without test examples are not scored.
 */
public final class Scoring {

    private final long seed;

    /**
     * Creates a scorer.
     *
     * @param seed seed of the bootstrap over users
     */
    public Scoring(long seed) {
        this.seed = seed;
    }

    /**
     * Scores every user's test predictions.
     *
     * @param dataset the dataset the contender ran on
     * @param result the contender's predictions
     * @return accuracy and macro F1 averaged over users, the interval, and per-user scores
     * @throws IllegalArgumentException naming the user and example when a test example has no
     *     prediction, a prediction is repeated, or a prediction names an example outside the user's test split
     */
    public MethodScore score(PersonalizedDataset dataset, ContenderResult result) {
        List<String> labels = dataset.task().labels();
        List<UserScore> users = new ArrayList<>();
        for (UserData user : dataset.users()) {
            if (user.test().isEmpty()) {
                continue;
            }
            Map<String, Prediction> byExample = predictionsOf(user, result);
            List<List<String>> gold = new ArrayList<>();
            List<List<String>> predicted = new ArrayList<>();
            int right = 0;
            Map<String, Boolean> correct = new HashMap<>();
            for (Example example : user.test()) {
                Prediction prediction = byExample.get(example.id());
                boolean isRight = correct(example, prediction);
                correct.put(example.id(), isRight);
                if (isRight) {
                    right++;
                }
                gold.add(example.labels());
                predicted.add(prediction.labels());
            }
            users.add(new UserScore(user.userId(), (double) right / user.test().size(), user.test().size(), correct,
                    LabelSetF1.macro(labels, gold, predicted)));
        }
        if (users.isEmpty()) {
            throw new IllegalArgumentException("dataset " + dataset.task().name() + " has no user with test examples");
        }
        // users in id order, averaged in that order: a board merged from shards gets the same numbers
        users.sort(Comparator.comparing(UserScore::userId));
        UserAverages averages = UserAverages.of(users.stream().map(UserScore::userId).toList(),
                users.stream().mapToDouble(UserScore::accuracy).toArray(),
                users.stream().mapToDouble(UserScore::macroF1).toArray(), seed);
        return new MethodScore(averages.accuracy(), averages.ciLow(), averages.ciHigh(), averages.macroF1(), users);
    }

    private static Map<String, Prediction> predictionsOf(UserData user, ContenderResult result) {
        List<Prediction> predictions = result.predictionsByUser().getOrDefault(user.userId(), List.of());
        Map<String, Example> test = new HashMap<>();
        user.test().forEach(e -> test.put(e.id(), e));
        Map<String, Prediction> byExample = new HashMap<>();
        for (Prediction prediction : predictions) {
            if (!test.containsKey(prediction.exampleId())) {
                throw new IllegalArgumentException("prediction for example '" + prediction.exampleId()
                        + "' of user '" + user.userId() + "', which is not one of the user's test examples");
            }
            if (byExample.put(prediction.exampleId(), prediction) != null) {
                throw new IllegalArgumentException("two predictions for test example '" + prediction.exampleId()
                        + "' of user '" + user.userId() + "'");
            }
        }
        for (Example example : user.test()) {
            if (!byExample.containsKey(example.id())) {
                throw new IllegalArgumentException("no prediction for test example '" + example.id()
                        + "' of user '" + user.userId() + "'");
            }
        }
        return byExample;
    }

    /**
     * Returns whether a prediction is right the PEFT-U way: its top label is in the example's gold set.
     *
     * @param example the example with its gold labels
     * @param prediction the prediction for it
     * @return whether the prediction counts as right
     */
    public static boolean correct(Example example, Prediction prediction) {
        return example.labels().contains(prediction.label());
    }
}
