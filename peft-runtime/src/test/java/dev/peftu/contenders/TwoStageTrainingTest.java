package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.eval.Scoring;
import dev.peftu.model.BaseModel;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.ModuleStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * OPPU's two stages on a task where most users label by the text's topic and a few flip it, each
 * with few training examples: the task module learns the topic from everyone, each user's module
 * on top learns only whether that user flips. The users' modules are personal heads ({@code head})
 * over a LoRA task module: a head starting from the task module's head can turn its decision round
 * from a user's four examples, which a head trained from scratch on the same four cannot match.
 */
class TwoStageTrainingTest {

    private static final List<String> TOPICS = List.of("stadium plan", "school budget", "bike lane", "tax cut");
    private static final List<String> TONES = List.of("a bold move", "a total disaster", "a fair idea", "a cruel joke");
    private static final List<String> TARGETS = List.of("the city", "students", "drivers", "small shops");
    private static final Map<String, String> USER_SETTINGS = Map.of("epochs", "10", "patience", "10");
    private static final Map<String, String> TASK_SETTINGS = Map.of("epochs", "5", "batchSize", "8",
            "cohortSize", "1", "patience", "5");

    private static BaseModel base;

    @BeforeAll
    static void loadModel() {
        base = BaseModel.embedded(16);
    }

    @AfterAll
    static void closeModel() {
        base.close();
    }

    @Test
    void twoStagesBeatTheTaskModuleForEveryoneAndOneStagePerUserByTenPoints(@TempDir Path store) throws Exception {
        PersonalizedDataset dataset = topicTask(8, 2, 4, 17);
        Map<String, String> twoStage = new HashMap<>(USER_SETTINGS);
        twoStage.put("taskModule", "lora");
        TASK_SETTINGS.forEach((key, value) -> twoStage.put("task." + key, value));
        Map<String, String> shared = new HashMap<>(TASK_SETTINGS);
        shared.put("method", "lora");

        double oppu = accuracy(Contenders.create("head", twoStage), dataset, store);
        double taskForEveryone = accuracy(Contenders.create("non-personalized", shared), dataset, null);
        double perUser = accuracy(Contenders.create("head", USER_SETTINGS), dataset, null);

        assertThat(oppu).as("two stages vs the task module for everyone (%s)", taskForEveryone)
                .isGreaterThanOrEqualTo(taskForEveryone + 0.10);
        assertThat(oppu).as("two stages vs one stage per user (%s)", perUser).isGreaterThanOrEqualTo(perUser + 0.10);
        assertThat(store.resolve("oppu-head").resolve(ModuleStore.TASK_MODULE_DIRECTORY)
                .resolve(ModuleStore.WEIGHTS_FILE)).isRegularFile();
        assertThat(new ModuleStore(store).users("oppu-head")).hasSize(dataset.users().size());
    }

    private static double accuracy(Contender contender, PersonalizedDataset dataset, Path store) throws Exception {
        ModuleStorage storage = store == null ? null : new ModuleStorage(store, "oppu-head", true);
        RunContext context = new RunContext(dataset, base, 5, Map.of(), storage);
        return new Scoring(5).score(dataset, contender.run(context, ProgressListener.NONE)).accuracy();
    }

    /**
     * Users labelling 64 opinions: offensive when the topic is the stadium plan or the tax cut, or
     * the opposite for the flipping users; each user sees its own random texts.
     */
    static PersonalizedDataset topicTask(int users, int flipping, int trainPerUser, long seed) {
        TaskDefinition task = new TaskDefinition("topic-flip", List.of("offensive", "fine"), false,
                "Label this short opinion the way this user would: offensive or fine.");
        SplittableRandom random = new SplittableRandom(seed);
        List<UserData> data = new ArrayList<>();
        for (int u = 0; u < users; u++) {
            boolean flips = u < flipping;
            List<Example> examples = new ArrayList<>();
            for (int code = 0; code < 64; code++) {
                int topic = code / 16;
                String text = "the " + TOPICS.get(topic) + " is " + TONES.get(code / 4 % 4) + " for "
                        + TARGETS.get(code % 4);
                boolean offensive = (topic == 0 || topic == 3) != flips;
                examples.add(new Example(String.format("t%02d", code), text, List.of(offensive ? "offensive" : "fine")));
            }
            for (int i = examples.size() - 1; i > 0; i--) {
                int j = random.nextInt(i + 1);
                Example swap = examples.get(i);
                examples.set(i, examples.get(j));
                examples.set(j, swap);
            }
            data.add(new UserData((flips ? "flipper" : "user") + u, examples.subList(0, trainPerUser),
                    examples.subList(trainPerUser, trainPerUser + 4), examples.subList(trainPerUser + 4, 40)));
        }
        return new PersonalizedDataset(task, data);
    }
}
