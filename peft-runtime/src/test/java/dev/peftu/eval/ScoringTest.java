package dev.peftu.eval;

import dev.peftu.stats.ConfidenceInterval;
import dev.peftu.stats.PercentileBootstrap;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ScoringTest {

    private static final TaskDefinition BINARY = new TaskDefinition("t", List.of("yes", "no"), false, "");

    private static Example example(String id, String... labels) {
        return new Example(id, "text " + id, List.of(labels));
    }

    private static UserData testOnly(String user, Example... test) {
        return new UserData(user, List.of(), List.of(), List.of(test));
    }

    /** User a: 2 of 2 right; user b: 1 of 4 right. */
    private static PersonalizedDataset twoUsers() {
        return new PersonalizedDataset(BINARY, List.of(
                testOnly("a", example("1", "yes"), example("2", "no")),
                testOnly("b", example("1", "yes"), example("2", "yes"), example("3", "no"), example("4", "no"))));
    }

    private static ContenderResult twoUsersPredictions() {
        return new ContenderResult(Map.of(
                "a", List.of(Prediction.of("1", "yes"), Prediction.of("2", "no")),
                "b", List.of(Prediction.of("1", "yes"), Prediction.of("2", "no"),
                        Prediction.of("3", "yes"), Prediction.of("4", "yes"))), 0);
    }

    @Test
    void averagesAccuracyOverUsersNotOverExamples() {
        MethodScore score = new Scoring(1).score(twoUsers(), twoUsersPredictions());

        assertThat(score.users()).containsExactly(
                new UserScore("a", 1.0, 2, Map.of("1", true, "2", true), 1.0),
                new UserScore("b", 0.25, 4, Map.of("1", true, "2", false, "3", false, "4", false), 0.2));
        assertThat(score.accuracy()).isCloseTo((1.0 + 0.25) / 2, within(1e-12));
    }

    @Test
    void averagesPerUserMacroF1() {
        MethodScore score = new Scoring(1).score(twoUsers(), twoUsersPredictions());

        // a: perfect, F1 = 1.  b: yes TP1 FP2 FN1 -> 2/5; no TP0 FP1 FN2 -> 0; macro 0.2.
        assertThat(score.macroF1()).isCloseTo((1.0 + 0.2) / 2, within(1e-12));
    }

    @Test
    void countsAPredictionRightWhenItsTopLabelIsInTheGoldSet() {
        TaskDefinition emotions = new TaskDefinition("e", List.of("joy", "anger", "fear"), true, "");
        PersonalizedDataset dataset = new PersonalizedDataset(emotions, List.of(
                testOnly("u", example("1", "joy", "fear"), example("2", "anger"))));
        ContenderResult result = new ContenderResult(Map.of("u", List.of(
                new Prediction("1", "fear", List.of("fear", "anger")),
                new Prediction("2", "joy", List.of("joy", "anger")))), 0);

        MethodScore score = new Scoring(1).score(dataset, result);

        assertThat(score.accuracy()).isEqualTo(0.5);
        // joy: TP0 FP1 FN1 -> 0; anger: TP1 FP1 FN0 -> 2/3; fear: TP1 -> 1.
        assertThat(score.macroF1()).isCloseTo((0 + 2.0 / 3 + 1) / 3, within(1e-12));
    }

    @Test
    void bootstrapIntervalIsSeededAndSurroundsTheMean() {
        List<UserData> users = new ArrayList<>();
        Map<String, List<Prediction>> predictions = new java.util.HashMap<>();
        for (int u = 0; u < 12; u++) {
            List<Example> test = new ArrayList<>();
            List<Prediction> guesses = new ArrayList<>();
            for (int i = 0; i < 10; i++) {
                test.add(example("x" + i, "yes"));
                guesses.add(Prediction.of("x" + i, i <= u % 10 ? "yes" : "no"));
            }
            users.add(new UserData("u" + u, List.of(), List.of(), test));
            predictions.put("u" + u, guesses);
        }
        PersonalizedDataset dataset = new PersonalizedDataset(BINARY, users);
        ContenderResult result = new ContenderResult(predictions, 0);

        MethodScore first = new Scoring(9).score(dataset, result);
        MethodScore again = new Scoring(9).score(dataset, result);
        MethodScore otherSeed = new Scoring(10).score(dataset, result);

        assertThat(first).isEqualTo(again);
        assertThat(first.ciLow()).isLessThan(first.accuracy());
        assertThat(first.ciHigh()).isGreaterThan(first.accuracy());
        assertThat(first.ciHigh() - first.ciLow()).isLessThan(0.4);
        assertThat(List.of(otherSeed.ciLow(), otherSeed.ciHigh())).isNotEqualTo(List.of(first.ciLow(), first.ciHigh()));
    }

    @Test
    void intervalOfIdenticalUsersIsThePoint() {
        ConfidenceInterval interval = new PercentileBootstrap(200, 3).meanInterval(new double[] {0.7, 0.7, 0.7}, 0.95);

        assertThat(interval.low()).isCloseTo(0.7, within(1e-12));
        assertThat(interval.high()).isCloseTo(0.7, within(1e-12));
    }

    @Test
    void rejectsMissingPredictionNamingUserAndExample() {
        ContenderResult result = new ContenderResult(Map.of(
                "a", List.of(Prediction.of("1", "yes"), Prediction.of("2", "no")),
                "b", List.of(Prediction.of("1", "yes"), Prediction.of("2", "no"), Prediction.of("4", "yes"))), 0);

        assertThatThrownBy(() -> new Scoring(1).score(twoUsers(), result))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("no prediction for test example '3' of user 'b'");
    }

    @Test
    void rejectsPredictionsForUnknownOrRepeatedExamples() {
        PersonalizedDataset dataset = new PersonalizedDataset(BINARY, List.of(testOnly("a", example("1", "yes"))));

        assertThatThrownBy(() -> new Scoring(1).score(dataset, new ContenderResult(Map.of("a", List.of(
                Prediction.of("1", "yes"), Prediction.of("9", "no"))), 0)))
                .hasMessageContaining("example '9' of user 'a', which is not one of the user's test examples");
        assertThatThrownBy(() -> new Scoring(1).score(dataset, new ContenderResult(Map.of("a", List.of(
                Prediction.of("1", "yes"), Prediction.of("1", "no"))), 0)))
                .hasMessageContaining("two predictions for test example '1' of user 'a'");
    }
}
