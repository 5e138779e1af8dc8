package dev.peftu.engine.execution;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.UserResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Scores a contender's predictions the PEFT-U way: per user, the share of test examples whose
 * predicted label is in the user's gold set; for the method, the mean over scored users with a 95%
 * percentile bootstrap interval over users, and the macro-F1 over labels of all predictions.
 * Interim: to be replaced by delegation to the runtime's {@code dev.peftu.eval.Scoring}.
 */
public final class MethodScorer {

    private static final int BOOTSTRAP_SAMPLES = 1000;

    /**
     * Scores one method.
     *
     * @param label the method's leaderboard label
     * @param kind whether it is a PEFT method or a baseline
     * @param dataset the users and their test examples
     * @param result the method's predictions
     * @param seed seeds the bootstrap
     * @param seconds how long the method ran
     */
    public MethodResult score(String label, ContenderKind kind, PersonalizedDataset dataset, ContenderResult result,
                              long seed, double seconds) {
        List<UserResult> users = new ArrayList<>();
        List<String[]> pairs = new ArrayList<>();
        for (UserData user : dataset.users()) {
            List<Prediction> predictions = result.predictionsByUser().get(user.userId());
            if (predictions == null || predictions.isEmpty() || user.test().isEmpty()) {
                continue;
            }
            Map<String, Prediction> byId = predictions.stream()
                    .collect(Collectors.toMap(Prediction::exampleId, Function.identity(), (a, b) -> a));
            int right = 0;
            for (Example example : user.test()) {
                Prediction prediction = byId.get(example.id());
                String predicted = prediction == null ? null : prediction.label();
                if (predicted != null && example.labels().contains(predicted)) {
                    right++;
                }
                pairs.add(new String[] {example.labels().isEmpty() ? null : example.labels().get(0),
                    example.labels().contains(predicted) ? example.labels().get(0) : predicted});
            }
            users.add(new UserResult(user.userId(), (double) right / user.test().size(), user.test().size()));
        }
        double[] accuracies = users.stream().mapToDouble(UserResult::accuracy).toArray();
        double mean = Arrays.stream(accuracies).average().orElse(0);
        double[] interval = bootstrap(accuracies, seed);
        return new MethodResult(label, kind, Outcome.PASSED, null, result.trainableParameters(), mean,
                Math.min(interval[0], mean), Math.max(interval[1], mean), macroF1(dataset.task().labels(), pairs),
                seconds, users);
    }

    private static double[] bootstrap(double[] values, long seed) {
        if (values.length == 0) {
            return new double[] {0, 0};
        }
        SplittableRandom random = new SplittableRandom(seed);
        double[] means = new double[BOOTSTRAP_SAMPLES];
        for (int b = 0; b < BOOTSTRAP_SAMPLES; b++) {
            double sum = 0;
            for (int i = 0; i < values.length; i++) {
                sum += values[random.nextInt(values.length)];
            }
            means[b] = sum / values.length;
        }
        Arrays.sort(means);
        return new double[] {means[(int) (0.025 * (BOOTSTRAP_SAMPLES - 1))],
            means[(int) Math.ceil(0.975 * (BOOTSTRAP_SAMPLES - 1))]};
    }

    private static double macroF1(List<String> labels, List<String[]> pairs) {
        double sum = 0;
        for (String label : labels) {
            long truePositives = pairs.stream().filter(p -> label.equals(p[0]) && label.equals(p[1])).count();
            long predicted = pairs.stream().filter(p -> label.equals(p[1])).count();
            long actual = pairs.stream().filter(p -> label.equals(p[0])).count();
            sum += predicted + actual == 0 ? 0 : 2.0 * truePositives / (predicted + actual);
        }
        return labels.isEmpty() ? 0 : sum / labels.size();
    }
}
