package dev.peftu.baselines;

import static dev.peftu.baselines.BaselineFixtures.example;
import static dev.peftu.baselines.BaselineFixtures.topLabels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.results.ContenderKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MajorityBaselineTest {

    private static UserData user(String id, List<String> trainLabels) {
        List<dev.peftu.data.Example> train = new ArrayList<>();
        for (int i = 0; i < trainLabels.size(); i++) {
            train.add(example("tr" + i, "text", trainLabels.get(i)));
        }
        return new UserData(id, train, List.of(),
                List.of(example("te1", "x", "yes"), example("te2", "y", "no")));
    }

    @Test
    void predictsEachUsersMostFrequentTrainingLabel() {
        TaskDefinition task = new TaskDefinition("t", List.of("yes", "no"), false, "");
        PersonalizedDataset dataset = new PersonalizedDataset(task, List.of(
                user("a", List.of("yes", "no", "yes")), user("b", List.of("no", "no", "yes"))));

        assertThat(topLabels(new MajorityBaseline(), dataset))
                .containsEntry("a", List.of("yes", "yes"))
                .containsEntry("b", List.of("no", "no"));
    }

    @Test
    void breaksTiesByTheTasksLabelOrder() {
        UserData tied = user("a", List.of("no", "yes"));

        assertThat(topLabels(new MajorityBaseline(), new PersonalizedDataset(
                new TaskDefinition("t", List.of("yes", "no"), false, ""), List.of(tied))).get("a"))
                .containsOnly("yes");
        assertThat(topLabels(new MajorityBaseline(), new PersonalizedDataset(
                new TaskDefinition("t", List.of("no", "yes"), false, ""), List.of(tied))).get("a"))
                .containsOnly("no");
    }

    @Test
    void predictsLabelsPresentInHalfTheTrainingExamplesForMultiLabelTasks() {
        TaskDefinition task = new TaskDefinition("e", List.of("joy", "anger", "fear"), true, "");
        UserData user = new UserData("u", List.of(
                example("1", "a", "joy", "fear"), example("2", "b", "fear"),
                example("3", "c", "anger"), example("4", "d", "fear", "joy")),
                List.of(), List.of(example("5", "e", "joy")));

        ContenderResult result = new MajorityBaseline().run(
                new RunContext(new PersonalizedDataset(task, List.of(user)), null, 1, Map.of(), null),
                ProgressListener.NONE);

        assertThat(result.predictionsByUser().get("u"))
                .containsExactly(new Prediction("5", "fear", List.of("joy", "fear"), List.of(0.5, 0.25, 0.75)));
    }

    @Test
    void isABaselineTrainingNothingAndReportsProgressPerUser() {
        TaskDefinition task = new TaskDefinition("t", List.of("yes", "no"), false, "");
        PersonalizedDataset dataset = new PersonalizedDataset(task, List.of(
                user("a", List.of("yes")), user("b", List.of("no"))));
        List<String> progress = new ArrayList<>();

        ContenderResult result = new MajorityBaseline().run(new RunContext(dataset, null, 1, Map.of(), null),
                (phase, done, total) -> progress.add(phase + " " + done + "/" + total));

        assertThat(new MajorityBaseline().kind()).isEqualTo(ContenderKind.BASELINE);
        assertThat(new MajorityBaseline().name()).isEqualTo("majority");
        assertThat(result.trainableParameters()).isZero();
        assertThat(progress).containsExactly("predicting 1/2", "predicting 2/2");
    }
}
