package dev.peftu.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.store.ModuleStore;
import dev.peftu.store.Safetensors;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The contributed variants run through the real engine by name, like built-in methods, and store
 * what HF PEFT stores for each: DoRA's magnitudes and {@code use_dora}, PiSSA's
 * {@code init_lora_weights}, rsLoRA's {@code use_rslora}, LoRA+ as plain LoRA.
 */
class VariantBoardTest {

    @TempDir
    static Path workDir;
    private static BenchmarkResult board;

    @BeforeAll
    static void runBoard() throws Exception {
        Path resultsFile = workDir.resolve("results.json");
        EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(VariantBoard.class))
                .configurationParameters(Map.of(Constants.RESULTS_FILE, resultsFile.toString(),
                        Constants.MODULE_STORE, workDir.resolve("modules").toString(), Constants.PROGRESS, "false"))
                .execute();
        board = dev.peftu.results.ResultsJson.read(resultsFile).benchmarks().get(0);
    }

    @Test
    void everyVariantTrainsAndScoresEveryUser() {
        assertThat(board.methods()).extracting(MethodResult::name)
                .containsExactly("dora", "pissa", "lora-plus", "rslora");
        assertThat(board.methods()).allSatisfy(method -> {
            assertThat(method.status()).as(method.name()).isEqualTo(Outcome.PASSED);
            assertThat(method.users()).as(method.name()).hasSize(3);
        });
    }

    @Test
    void doraStoresItsMagnitudesAsHfPeftDoes() throws Exception {
        Map<String, Object> config = storedConfig("dora");
        assertThat(config).containsEntry("use_dora", true).containsEntry("peft_type", "LORA");
        assertThat(storedKeys("dora"))
                .contains("base_model.model.bert.encoder.layer.0.attention.self.query.lora_magnitude_vector",
                        "base_model.model.bert.encoder.layer.5.attention.self.value.lora_A.weight");
    }

    @Test
    void eachVariantSaysInItsConfigurationWhatHfPeftNeedsToLoadIt() throws Exception {
        assertThat(storedConfig("pissa")).containsEntry("init_lora_weights", "pissa");
        assertThat(storedConfig("rslora")).containsEntry("use_rslora", true);
        assertThat(storedConfig("lora-plus")).containsEntry("use_dora", false).containsEntry("use_rslora", false)
                .containsEntry("init_lora_weights", true).containsEntry("peftu_loraplus_lr_ratio", 16.0);
    }

    private static Path firstUserDirectory(String method) throws Exception {
        Path methodDirectory = ModuleStore.benchmarkRoot(workDir.resolve("modules"), "variants").resolve(method);
        try (Stream<Path> users = Files.list(methodDirectory)) {
            return users.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
    }

    private static Map<String, Object> storedConfig(String method) throws Exception {
        return ModuleStore.readConfig(firstUserDirectory(method).resolve(ModuleStore.CONFIG_FILE));
    }

    private static List<String> storedKeys(String method) throws Exception {
        return List.copyOf(Safetensors.read(firstUserDirectory(method).resolve(ModuleStore.WEIGHTS_FILE)).keySet());
    }
}
