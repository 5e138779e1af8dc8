package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.ModuleStore;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The {@code stored} contender puts LoRA modules written elsewhere on the board, predicting as they were trained. */
class StoredLoraModulesTest {

    @TempDir
    Path store;

    @Test
    void storedLoraModulesPredictWhatTheTrainedModulesPredicted() throws Exception {
        PersonalizedDataset dataset = SyntheticTaskGenerator.defaults().users(3).textsPerUser(20).seed(4).dataset();
        Map<String, String> settings = Map.of("epochs", "1", "alpha", "16");
        try (BaseModel model = BaseModel.embedded(16)) {
            ContenderResult trained = Contenders.create("lora", settings)
                    .run(new RunContext(dataset, model, 4, settings, new ModuleStorage(store, "lora", false)),
                            ProgressListener.NONE);
            Map<String, String> stored = Map.of(StoredLoraModules.DIRECTORY, store.resolve("lora").toString());
            ContenderResult read = Contenders.create(StoredLoraModules.NAME, stored)
                    .run(new RunContext(dataset, model, 4, stored, new ModuleStorage(store, "stored", false)),
                            ProgressListener.NONE);

            assertThat(read.predictionsByUser()).isEqualTo(trained.predictionsByUser());
            assertThat(new ModuleStore(store).users("stored")).as("the modules are kept in the run's store")
                    .containsExactlyInAnyOrderElementsOf(trained.predictionsByUser().keySet());
        }
    }

    @Test
    void aModuleOfAnotherTypeFailsNamingItsFileAndField() throws Exception {
        PersonalizedDataset dataset = SyntheticTaskGenerator.defaults().users(2).textsPerUser(12).seed(4).dataset();
        String user = dataset.users().get(0).userId();
        Path module = Files.createDirectories(store.resolve(user));
        Files.writeString(module.resolve(ModuleStore.CONFIG_FILE), "{\"peft_type\": \"IA3\"}");
        Map<String, String> stored = Map.of(StoredLoraModules.DIRECTORY, store.toString());
        try (BaseModel model = BaseModel.embedded(16)) {
            assertThatThrownBy(() -> Contenders.create(StoredLoraModules.NAME, stored)
                    .run(new RunContext(dataset, model, 4, stored, null), ProgressListener.NONE))
                    .isInstanceOf(UncheckedIOException.class)
                    .hasMessageContaining(module.resolve(ModuleStore.CONFIG_FILE).toString())
                    .hasMessageContaining("field peft_type is IA3; expected LORA");
        }
    }
}
