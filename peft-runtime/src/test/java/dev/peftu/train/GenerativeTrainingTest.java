package dev.peftu.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.data.Example;
import dev.peftu.data.LabelPrompt;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.PeftMethods;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Per-user modules on a causal LM (the random llama fixture): trained with the language-modelling
 * loss of the gold label's words after the prompt, they learn each user's own labels; a cohort
 * trains the same modules as one user at a time; the stored layout is HF PEFT's CAUSAL_LM one.
 */
class GenerativeTrainingTest {

    private static final LabelPrompt PROMPT = new LabelPrompt("Review: {text}\nAnswer: ",
            Map.of("yes", "positive", "no", "negative"), false);
    private static final TaskDefinition TASK = new TaskDefinition("toy", List.of("yes", "no"), false,
            "Is the review positive?", PROMPT);
    private static final String[] TEXTS = {"I loved this film!", "Never again.", "The story was moving.",
        "Terrible service.", "The acting was superb.", "I will come back.", "The quick brown fox.",
        "The lazy dog.", "Each user has a style.", "One word answers.", "Truly superb story.",
        "The film was terrible."};
    private static BaseModel model;

    @BeforeAll
    static void load() throws URISyntaxException {
        model = BaseModel.fromDirectory(Path.of(GenerativeTrainingTest.class.getResource("/causal/llama").toURI()), 64);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    /** Two users who disagree on every text: one always says yes, the other always no. */
    static List<UserData> disagreeingUsers() {
        List<UserData> users = new ArrayList<>();
        for (String label : List.of("yes", "no")) {
            List<Example> train = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                train.add(new Example("t" + i, TEXTS[i], List.of(label)));
            }
            List<Example> test = new ArrayList<>();
            for (int i = 8; i < TEXTS.length; i++) {
                test.add(new Example("t" + i, TEXTS[i], List.of(label)));
            }
            users.add(new UserData("says-" + label, train, test.subList(0, 2), test));
        }
        return users;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lora", "ia3", "prompt-tuning", "prefix-tuning", "p-tuning"})
    void eachUsersModuleLearnsThatUsersOwnLabel(String method) {
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName(method),
                Map.of("epochs", "10", "batchSize", "4", "learningRate", "0.05", "patience", "10"), TASK, 3);
        List<UserData> users = disagreeingUsers();
        List<TrainedModule> modules = trainer.train(users, ProgressListener.NONE);
        Map<String, List<Example>> tests = Map.of(users.get(0).userId(), users.get(0).test(),
                users.get(1).userId(), users.get(1).test());
        Map<String, List<Prediction>> predictions = trainer.predict(modules, tests);
        for (UserData user : users) {
            String own = user.train().get(0).labels().get(0);
            assertThat(predictions.get(user.userId())).as("%s of %s", method, user.userId())
                    .allSatisfy(prediction -> assertThat(prediction.labels()).containsExactly(own));
        }
    }

    @Test
    void cohortTrainsTheSameModulesAsOneUserAtATime() {
        TaskDefinition multiLabel = new TaskDefinition("toy", List.of("yes", "no"), true, "Labels?", PROMPT);
        for (TaskDefinition task : List.of(TASK, multiLabel)) {
            CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("lora"),
                    Map.of("epochs", "2", "batchSize", "4"), task, 7);
            List<UserData> users = disagreeingUsers();
            List<TrainedModule> together = trainer.train(users, ProgressListener.NONE);
            for (int u = 0; u < users.size(); u++) {
                TrainedModule alone = trainer.train(List.of(users.get(u)), ProgressListener.NONE).get(0);
                for (Map.Entry<String, HostTensor> entry : alone.weights().entrySet()) {
                    float[] expected = entry.getValue().data();
                    float[] actual = together.get(u).weights().get(entry.getKey()).data();
                    double largest = 0;
                    for (int i = 0; i < expected.length; i++) {
                        largest = Math.max(largest, Math.abs(expected[i] - actual[i]));
                    }
                    assertThat(largest).as("%s of %s, multi-label %s", entry.getKey(), alone.userId(),
                            task.multiLabel()).isLessThan(1e-4);
                }
            }
        }
    }

    @Test
    void storedModulesFollowHfPeftsCausalLmLayoutAndRecordThePrompt() {
        CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("lora"), Map.of(), TASK, 3);
        Map<String, Object> config = trainer.adapterConfig();
        assertThat(config).containsEntry("task_type", "CAUSAL_LM")
                .containsEntry("target_modules", List.of("q_proj", "v_proj"))
                .containsEntry("peftu_prompt_template", "Review: {text}\nAnswer: ")
                .containsEntry("peftu_verbalizations", List.of("positive", "negative"))
                .containsEntry("peftu_label_score", "sum")
                .doesNotContainKey("modules_to_save");
        TrainedModule module = trainer.train(List.of(disagreeingUsers().get(0)), ProgressListener.NONE).get(0);
        assertThat(trainer.storedWeights(module.weights()).keySet())
                .contains("base_model.model.model.layers.0.self_attn.q_proj.lora_A.weight",
                        "base_model.model.model.layers.1.self_attn.v_proj.lora_B.weight")
                .noneMatch(key -> key.contains("classifier"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"head", "adapter", "pfeiffer"})
    void methodsThatNeedAnEncoderAreRefusedNamingTheAlternatives(String method) {
        assertThatThrownBy(() -> new CohortTrainer(model, PeftMethods.byName(method), Map.of(), TASK, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("llama is a causal LM")
                .hasMessageContaining("expected lora, ia3, prompt-tuning, prefix-tuning or p-tuning");
    }
}
