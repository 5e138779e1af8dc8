package dev.peftu.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.PeftMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The cohort trainer: a cohort trains each user as if alone, and the base model never changes. */
class CohortTrainerTest {

    private static final TaskDefinition TASK = new TaskDefinition("toy", List.of("yes", "no"), false, "Answer.");
    private static final Map<String, String> QUICK = Map.of("epochs", "2", "batchSize", "4");
    private static BaseModel model;

    @BeforeAll
    static void load() {
        model = BaseModel.embedded(24);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** Three users of different sizes, so that late steps of an epoch hold fewer users. */
    static List<UserData> users() {
        List<UserData> users = new ArrayList<>();
        String[] topics = {"the match", "the movie", "the budget", "the concert", "the election", "the recipe"};
        String[] tones = {"was great", "was awful", "surprised me", "bored everyone"};
        int[] sizes = {9, 6, 11};
        for (int u = 0; u < sizes.length; u++) {
            List<Example> train = new ArrayList<>();
            List<Example> val = new ArrayList<>();
            for (int i = 0; i < sizes[u] + 2; i++) {
                String text = topics[(i + u) % topics.length] + " " + tones[(i * (u + 1)) % tones.length];
                String label = (i + u) % 3 == 0 ? "yes" : "no";
                Example example = new Example("t" + i, text, List.of(label));
                (i < sizes[u] ? train : val).add(example);
            }
            users.add(new UserData("user-" + u, train, val, val));
        }
        return users;
    }

    /** Every PEFT method on the class path: the built-in ones and the test's contributed one. */
    static Stream<String> everyMethod() {
        return PeftMethods.all().keySet().stream();
    }

    @ParameterizedTest
    @MethodSource("everyMethod")
    void cohortTrainsTheSameModulesAsOneUserAtATime(String method) {
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName(method), QUICK, TASK, 7);
        List<TrainedModule> together = trainer.train(users(), ProgressListener.NONE);
        for (int u = 0; u < users().size(); u++) {
            TrainedModule alone = trainer.train(List.of(users().get(u)), ProgressListener.NONE).get(0);
            for (Map.Entry<String, HostTensor> entry : alone.weights().entrySet()) {
                float[] expected = entry.getValue().data();
                float[] actual = together.get(u).weights().get(entry.getKey()).data();
                // float rounding only: a cohort pads to other lengths, so sums run in another order, and
                // AdamW's normalized first steps turn rounding in near-zero gradients into up to ~3e-4;
                // a user's state leaking into another's (momentum moving absent users) shows as ~3e-2
                assertThat(relativeDifference(expected, actual))
                        .as("%s of %s", entry.getKey(), alone.userId()).isLessThanOrEqualTo(1e-3);
            }
        }
    }

    @Test
    void aStepSplitIntoSeveralPassesTrainsTheSameModulesAsOnePass() {
        List<TrainedModule> onePass = new CohortTrainer(model, PeftMethods.byName("lora"), QUICK, TASK, 7)
                .train(users(), ProgressListener.NONE);
        // 4 rows per pass: every user's batch of 4 goes through the encoder on its own
        List<TrainedModule> userByUser = new CohortTrainer(model, PeftMethods.byName("lora"), QUICK, TASK, 7, null, 4)
                .train(users(), ProgressListener.NONE);
        for (int u = 0; u < users().size(); u++) {
            for (Map.Entry<String, HostTensor> entry : onePass.get(u).weights().entrySet()) {
                float[] actual = userByUser.get(u).weights().get(entry.getKey()).data();
                assertThat(relativeDifference(entry.getValue().data(), actual))
                        .as("%s of %s", entry.getKey(), onePass.get(u).userId()).isLessThanOrEqualTo(1e-3);
            }
        }
    }

    @Test
    void trainingMovesTheModulesAwayFromTheirStart() {
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("lora"), QUICK, TASK, 7);
        TrainedModule trained = trainer.train(users().subList(0, 1), ProgressListener.NONE).get(0);
        HostTensor b = trained.weights().get(
                "base_model.model.bert.encoder.layer.0.attention.self.query.lora_B.weight");
        // lora_B starts at zero; a user's gradient must reach it
        assertThat(maxAbs(b.data())).isGreaterThan(0f);
    }

    @Test
    void baseWeightsStayBitForBitTheSame() {
        Map<String, HostTensor> before = model.encoder().weightsSnapshot();
        new CohortTrainer(model, PeftMethods.byName("adapter"), QUICK, TASK, 3).train(users(), ProgressListener.NONE);
        assertThat(model.encoder().weightsSnapshot()).isEqualTo(before);
    }

    @Test
    void sameSeedGivesTheSamePredictions() {
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("ia3"), QUICK, TASK, 11);
        Map<String, List<Example>> tests = Map.of("user-0", users().get(0).test());
        List<Prediction> first = trainer.predict(trainer.train(users(), ProgressListener.NONE), tests).get("user-0");
        List<Prediction> second = trainer.predict(trainer.train(users(), ProgressListener.NONE), tests).get("user-0");
        assertThat(second).isEqualTo(first);
    }

    @Test
    void validationLossesDecideEarlyStoppingOnlyWhenThereIsMoreThanOneEpoch() {
        Map<String, String> oneEpoch = Map.of("epochs", "1", "batchSize", "4");
        List<TrainedModule> single = new CohortTrainer(model, PeftMethods.byName("head"), oneEpoch, TASK, 7)
                .train(users(), ProgressListener.NONE);
        List<TrainedModule> several = new CohortTrainer(model, PeftMethods.byName("head"), QUICK, TASK, 7)
                .train(users(), ProgressListener.NONE);
        // one epoch has nothing to choose from, so no validation pass runs and no loss is recorded
        assertThat(single).allSatisfy(module -> {
            assertThat(module.epochs()).isEqualTo(1);
            assertThat(module.validationLoss()).isNaN();
        });
        assertThat(several).allSatisfy(module -> assertThat(module.validationLoss()).isFinite().isPositive());
    }

    @Test
    void divergingTrainingFailsNamingTheUserTheEpochAndTheSettings() {
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("lora"),
                Map.of("epochs", "2", "batchSize", "4", "learningRate", "1e6"), TASK, 7);
        assertThatThrownBy(() -> trainer.train(users(), ProgressListener.NONE))
                .isInstanceOf(TrainingDivergedException.class)
                .hasMessageMatching("lora: training diverged for user user-\\d in epoch \\d: "
                        + "(training|validation) loss (NaN|-?Infinity) \\(.*learningRate=1e6, .*r=8, .*\\)");
    }

    /** Returns {@code ||actual - expected|| / ||expected||} (Euclidean norms), or the norm of the difference when expected is zero. */
    @Test
    void multiLabelTaskLearnsEveryGoldLabelAndPredictsLabelSets() {
        TaskDefinition emotions = new TaskDefinition("emotions", List.of("joy", "anger", "fear"), true, "Emotions?");
        String[][] texts = {
            {"a sunny picnic with friends", "joy"},
            {"the birthday party was lovely", "joy"},
            {"they stole my bike again", "anger"},
            {"the referee cheated us", "anger"},
            {"a dark alley at midnight", "fear"},
            {"the storm shook the house all night", "fear"},
            {"a burglar broke in and threatened us", "anger,fear"},
            {"the violent mob chased us down the street", "anger,fear"},
        };
        List<Example> train = new ArrayList<>();
        for (int i = 0; i < texts.length; i++) {
            train.add(new Example("e" + i, texts[i][0], List.of(texts[i][1].split(","))));
        }
        UserData user = new UserData("reader", train, List.of(), train);
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("head"),
                Map.of("epochs", "60", "headLearningRate", "0.05"), emotions, 5);
        List<Prediction> predictions = trainer.predict(trainer.train(List.of(user), ProgressListener.NONE),
                Map.of("reader", train)).get("reader");
        for (int i = 0; i < train.size(); i++) {
            Prediction prediction = predictions.get(i);
            assertThat(prediction.labels()).as("label set of '%s'", train.get(i).text())
                    .contains(prediction.label())
                    .containsExactlyInAnyOrderElementsOf(train.get(i).labels());
        }
    }

    static double relativeDifference(float[] expected, float[] actual) {
        double diff = 0;
        double norm = 0;
        for (int i = 0; i < expected.length; i++) {
            diff += (expected[i] - actual[i]) * (double) (expected[i] - actual[i]);
            norm += expected[i] * (double) expected[i];
        }
        return norm == 0 ? Math.sqrt(diff) : Math.sqrt(diff / norm);
    }

    static float maxAbs(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
