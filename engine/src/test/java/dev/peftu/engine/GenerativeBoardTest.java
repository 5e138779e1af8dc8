package dev.peftu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.engine.specs.GenerativeBoardBenchmark;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.ResultsJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * A board on a causal LM through the engine: PEFT methods and true prompting baselines run on the
 * tiny random llama, results.json says how each prompting baseline scored labels and records the
 * prompt with the PEFT methods, and the stored modules are HF PEFT's CAUSAL_LM modules recording the
 * template and label words; a second run reuses them and scores exactly as the first.
 */
class GenerativeBoardTest {

    @TempDir
    Path workDir;

    @Test
    void causalBoardRunsEveryContenderAndRecordsHowLabelsWereScored() throws Exception {
        BenchmarkResult board = run();

        assertThat(board.methods()).extracting(MethodResult::name).containsExactly("lora", "ia3", "prompt-tuning",
                "zero-shot", "few-shot", "retrieval-prompt");
        assertThat(board.methods()).allSatisfy(method -> assertThat(method.users()).hasSize(3));
        for (String prompting : List.of("zero-shot", "few-shot", "retrieval-prompt")) {
            assertThat(method(board, prompting).settings()).containsEntry("scoring", "label-likelihood");
        }
        assertThat(method(board, "lora").settings())
                .hasEntrySatisfying("prompt.template", template -> assertThat(template)
                        .startsWith("Label this short opinion").endsWith("\nPost: {text}\nLabel: "))
                .containsEntry("prompt.labelScore", "sum")
                .as("a causal LM has no head to train").doesNotContainKey("headLearningRate")
                .hasEntrySatisfying("prompt.verbalizations", words -> assertThat(words).contains("fine=okay"));
    }

    @Test
    void storedModulesAreCausalLmModulesAndARerunReusesThem() throws Exception {
        BenchmarkResult first = run();
        Path lora = workDir.resolve("peftu/modules/generative-board/lora");
        List<Path> configs;
        try (Stream<Path> files = Files.walk(lora)) {
            configs = files.filter(file -> file.getFileName().toString().equals("adapter_config.json")).toList();
        }
        assertThat(configs).hasSize(3);
        JsonNode config = new ObjectMapper().readTree(configs.get(0).toFile());
        assertThat(config.get("task_type").asText()).isEqualTo("CAUSAL_LM");
        assertThat(config.get("peftu_prompt_template").asText()).endsWith("\nPost: {text}\nLabel: ");
        assertThat(config.get("peftu_verbalizations").toString()).contains("\"okay\"");
        long stamp = Files.getLastModifiedTime(configs.get(0)).toMillis();

        BenchmarkResult second = run();

        assertThat(Files.getLastModifiedTime(configs.get(0)).toMillis()).as("the module was reused").isEqualTo(stamp);
        for (MethodResult method : first.methods()) {
            assertThat(method(second, method.name()).users()).as(method.name()).isEqualTo(method.users());
        }
    }

    private BenchmarkResult run() throws IOException, URISyntaxException {
        EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(GenerativeBoardBenchmark.class))
                .configurationParameters(Map.of(Constants.RESULTS_FILE, results().toString(),
                        Constants.PROGRESS, "false",
                        Constants.MODELS_DIRECTORY, Path.of(getClass().getResource("/causal-tiny").toURI()).toString()))
                .execute().containerEvents().assertStatistics(stats -> stats.failed(0));
        return ResultsJson.read(results()).benchmarks().get(0);
    }

    private static MethodResult method(BenchmarkResult board, String label) {
        return board.methods().stream().filter(method -> method.name().equals(label)).findFirst().orElseThrow();
    }

    private Path results() {
        return workDir.resolve("peftu/results.json");
    }
}
