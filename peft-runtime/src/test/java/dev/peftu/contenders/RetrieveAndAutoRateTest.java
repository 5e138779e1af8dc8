package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.RetrievalAugmentedInputs;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.peft.PeftMethods;
import dev.peftu.store.ModuleStorage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Settings {@code retrieve} and {@code learningRate=auto} of the PEFT contender. */
class RetrieveAndAutoRateTest {

    @Test
    void retrievedInputsNeverHoldTheExampleItselfNorAnotherUsersText() {
        PersonalizedDataset dataset = TwoStageTrainingTest.topicTask(4, 1, 12, 3);
        PeftContender contender = new PeftContender(PeftMethods.byName("lora"), Map.of("retrieve", "3"));
        PersonalizedDataset inputs;
        try (BaseModel base = BaseModel.embedded(128)) {
            inputs = contender.inputs(dataset, base).dataset();
        }
        assertThat(contender.effectiveSettings()).containsEntry("retrieve", "3");
        for (UserData user : inputs.users()) {
            List<String> ownTrain = dataset.user(user.userId()).train().stream()
                    .map(e -> e.labels().get(0) + ": " + e.text()).toList();
            List<Example> all = new ArrayList<>(user.train());
            all.addAll(user.val());
            all.addAll(user.test());
            for (Example input : all) {
                assertThat(input.text()).contains(RetrievalAugmentedInputs.HISTORY_HEADER);
                String text = input.text().substring(0, input.text().indexOf("\n\n"));
                List<String> history = List.of(input.text().substring(input.text().indexOf(
                        RetrievalAugmentedInputs.HISTORY_HEADER) + RetrievalAugmentedInputs.HISTORY_HEADER.length() + 3)
                        .split("\n- "));
                assertThat(history).hasSize(3).allSatisfy(line -> {
                    assertThat(ownTrain).contains(line);
                    assertThat(line).doesNotEndWith(": " + text);
                });
            }
        }
    }

    @Test
    void autoLearningRateChoosesTheSameRateWhateverTheTestLabels() throws Exception {
        PersonalizedDataset dataset = TwoStageTrainingTest.topicTask(3, 1, 8, 9);
        List<UserData> shuffled = new ArrayList<>();
        Random random = new Random(1);
        for (UserData user : dataset.users()) {
            List<Example> test = new ArrayList<>();
            for (Example example : user.test()) {
                List<String> labels = new ArrayList<>(List.of("offensive", "fine"));
                Collections.shuffle(labels, random);
                test.add(new Example(example.id(), example.text(), List.of(labels.get(0))));
            }
            shuffled.add(new UserData(user.userId(), user.train(), user.val(), test));
        }
        PersonalizedDataset scrambled = new PersonalizedDataset(dataset.task(), shuffled);
        Map<String, String> settings = Map.of("learningRate", "auto", "epochs", "2");
        try (BaseModel base = BaseModel.embedded(32)) {
            PeftContender plain = new PeftContender(PeftMethods.byName("head"), settings);
            plain.run(new RunContext(dataset, base, 4, Map.of(), null), (phase, done, total) -> { });
            PeftContender other = new PeftContender(PeftMethods.byName("head"), settings);
            other.run(new RunContext(scrambled, base, 4, Map.of(), null), (phase, done, total) -> { });
            assertThat(plain.effectiveSettings()).containsEntry("learningRate", "auto")
                    .containsKey(LearningRateSearch.CHOSEN);
            assertThat(other.effectiveSettings().get(LearningRateSearch.CHOSEN))
                    .isEqualTo(plain.effectiveSettings().get(LearningRateSearch.CHOSEN));
        }
    }

    @Test
    void autoLearningRateReusesTheStoredChoiceAndModulesInsteadOfSearchingAgain(@TempDir Path store)
            throws Exception {
        PersonalizedDataset dataset = TwoStageTrainingTest.topicTask(3, 1, 8, 9);
        Map<String, String> settings = Map.of("learningRate", "auto", "epochs", "2");
        try (BaseModel base = BaseModel.embedded(32)) {
            List<String> firstPhases = new ArrayList<>();
            PeftContender searched = new PeftContender(PeftMethods.byName("head"), settings);
            ContenderResult first = searched.run(new RunContext(dataset, base, 4, Map.of(),
                    new ModuleStorage(store, "head-auto", true)), (phase, done, total) -> firstPhases.add(phase));
            List<String> secondPhases = new ArrayList<>();
            PeftContender resumed = new PeftContender(PeftMethods.byName("head"), settings);
            ContenderResult second = resumed.run(new RunContext(dataset, base, 4, Map.of(),
                    new ModuleStorage(store, "head-auto", true)), (phase, done, total) -> secondPhases.add(phase));

            assertThat(firstPhases).anyMatch(phase -> phase.contains("gives mean validation accuracy"));
            assertThat(secondPhases).noneMatch(phase -> phase.contains("gives mean validation accuracy"))
                    .anyMatch(phase -> phase.startsWith("learningRate=auto: the stored search chose "))
                    .anyMatch(phase -> phase.startsWith("reused 3 stored modules"));
            assertThat(resumed.effectiveSettings().get(LearningRateSearch.CHOSEN))
                    .isEqualTo(searched.effectiveSettings().get(LearningRateSearch.CHOSEN));
            assertThat(second.predictionsByUser()).isEqualTo(first.predictionsByUser());
        }
    }
}
