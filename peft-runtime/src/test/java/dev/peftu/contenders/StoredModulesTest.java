package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.peft.PeftMethods;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.ModuleStore;
import dev.peftu.store.StoredModule;
import dev.peftu.store.Safetensors;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Modules written to the store are HF PEFT files that load back to the same predictions. */
class StoredModulesTest {

    @TempDir
    Path store;

    @Test
    void storedLoraModulesLoadBackToIdenticalPredictions() throws Exception {
        PersonalizedDataset dataset = SyntheticTaskGenerator.privateRulesDataset(3);
        Map<String, String> settings = Map.of("epochs", "1");
        try (BaseModel model = BaseModel.embedded(16)) {
            RunContext context = new RunContext(dataset, model, 3, settings, new ModuleStorage(store, "lora", false));
            ContenderResult trained = Contenders.create("lora", settings).run(context, ProgressListener.NONE);

            ModuleStore modules = new ModuleStore(store);
            assertThat(modules.users("lora")).containsExactlyInAnyOrderElementsOf(
                    dataset.users().stream().map(UserData::userId).toList());
            CohortTrainer trainer = new CohortTrainer(model, PeftMethods.byName("lora"), settings, dataset.task(), 3);
            List<TrainedModule> loaded = new ArrayList<>();
            Map<String, List<Example>> tests = new LinkedHashMap<>();
            for (UserData user : dataset.users()) {
                StoredModule stored = modules.load("lora", user.userId());
                loaded.add(new TrainedModule(user.userId(), stored.weights(), 0, Double.NaN));
                tests.put(user.userId(), user.test());
            }
            Map<String, List<Prediction>> again = trainer.predict(loaded, tests);
            assertThat(again).isEqualTo(trained.predictionsByUser());
        }
    }

    @Test
    void storedModuleUsesHfPeftFileNamesAndKeys() throws Exception {
        PersonalizedDataset dataset = SyntheticTaskGenerator.privateRulesDataset(4);
        Map<String, String> settings = Map.of("epochs", "1");
        try (BaseModel model = BaseModel.embedded(16)) {
            Contenders.create("lora", settings).run(new RunContext(dataset, model, 4, settings,
                            new ModuleStorage(store, "lora", false)),
                    ProgressListener.NONE);
        }
        Path user = new ModuleStore(store).userDirectory("lora", "by-topic");
        assertThat(user.resolve("adapter_config.json")).exists();
        String config = Files.readString(user.resolve("adapter_config.json"));
        assertThat(config).contains("\"peft_type\" : \"LORA\"").contains("\"r\" : 8").contains("\"lora_alpha\" : 32");
        assertThat(Safetensors.read(user.resolve("adapter_model.safetensors")).keySet())
                .contains("base_model.model.bert.encoder.layer.0.attention.self.query.lora_A.weight",
                        "base_model.model.bert.encoder.layer.5.attention.self.value.lora_B.weight",
                        "base_model.model.classifier.weight", "base_model.model.classifier.bias")
                .hasSize(6 * 2 * 2 + 2);
    }
}
