package dev.peftu.baselines;

import static dev.peftu.baselines.BaselineFixtures.example;
import static dev.peftu.baselines.BaselineFixtures.topLabels;
import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class CrowdCalibratedBaselineTest {

    private static final TaskDefinition YES_NO = new TaskDefinition("t", List.of("yes", "no"), false, "");

    /**
     * Four users label the same 20 texts; text k "is" yes when k is even. Users a, b and c say
     * what it is, user d always says the opposite. User i is tested on texts 4i..4i+3 and trains
     * on the other 16, so every test text was in the other users' training splits.
     */
    private static PersonalizedDataset crowdAndContrarian() {
        List<UserData> users = new ArrayList<>();
        String[] ids = {"a", "b", "c", "d"};
        for (int u = 0; u < ids.length; u++) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int k = 0; k < 20; k++) {
                boolean yes = (k % 2 == 0) != ids[u].equals("d");
                Example example = example("t" + k, "text " + k, yes ? "yes" : "no");
                (k / 4 == u ? test : train).add(example);
            }
            users.add(new UserData(ids[u], train, List.of(), test));
        }
        return new PersonalizedDataset(YES_NO, users);
    }

    @Test
    void learnsEachUsersReadingOfTheCrowdIncludingAContrarianOne() {
        PersonalizedDataset dataset = crowdAndContrarian();

        Map<String, List<String>> calibrated = topLabels(new CrowdCalibratedBaseline(), dataset);
        Map<String, List<String>> crowd = topLabels(new OneSizeFitsAllBaseline(), dataset);

        // d is tested on texts 12..15: the crowd says yes, no, yes, no; d says the opposite
        assertThat(calibrated.get("d")).containsExactly("no", "yes", "no", "yes");
        assertThat(crowd.get("d")).containsExactly("yes", "no", "yes", "no");
        assertThat(calibrated.get("a")).containsExactly("yes", "no", "yes", "no");
        assertThat(calibrated.get("b")).containsExactly("yes", "no", "yes", "no");
    }

    @Test
    void withoutAnyOtherUsersLabelForATextItPredictsTheUsersMajority() {
        // every user has texts of its own: the crowd feature is the same global share for every row
        List<UserData> users = List.of(
                new UserData("a", List.of(example("a1", "x1", "no"), example("a2", "x2", "no"),
                        example("a3", "x3", "yes")), List.of(), List.of(example("a4", "x4", "yes"))),
                new UserData("b", List.of(example("b1", "y1", "yes"), example("b2", "y2", "yes"),
                        example("b3", "y3", "yes")), List.of(), List.of(example("b4", "y4", "no"))));
        PersonalizedDataset dataset = new PersonalizedDataset(YES_NO, users);

        assertThat(topLabels(new CrowdCalibratedBaseline(), dataset))
                .isEqualTo(topLabels(new MajorityBaseline(), dataset))
                .containsEntry("a", List.of("no"))
                .containsEntry("b", List.of("yes"));
    }

    @Test
    void multiLabelTasksGetOneCalibrationPerLabel() {
        TaskDefinition emotions = new TaskDefinition("e", List.of("joy", "anger", "fear"), true, "");
        // u always adds joy to whatever the crowd (v, w) says; v and w agree
        List<UserData> users = new ArrayList<>();
        for (String id : List.of("u", "v", "w")) {
            List<Example> train = new ArrayList<>();
            List<Example> test = new ArrayList<>();
            for (int k = 0; k < 24; k++) {
                String crowdLabel = k % 2 == 0 ? "anger" : "fear";
                Example example = id.equals("u") ? example("t" + k, "text " + k, "joy", crowdLabel)
                        : example("t" + k, "text " + k, crowdLabel);
                (k >= 20 && id.equals("u") || k < 4 && !id.equals("u") ? test : train).add(example);
            }
            users.add(new UserData(id, train, List.of(), test));
        }
        PersonalizedDataset dataset = new PersonalizedDataset(emotions, users);

        var result = new CrowdCalibratedBaseline().run(new dev.peftu.eval.RunContext(dataset, null, 1, Map.of(), null),
                dev.peftu.eval.ProgressListener.NONE);

        assertThat(result.predictionsByUser().get("u")).extracting(p -> List.copyOf(p.labels()))
                .containsExactly(List.of("joy", "anger"), List.of("joy", "fear"), List.of("joy", "anger"),
                        List.of("joy", "fear"));
    }
}
