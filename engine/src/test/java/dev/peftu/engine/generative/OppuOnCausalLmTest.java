package dev.peftu.engine.generative;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.ResultsJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * OPPU on a causal LM: a task module trained once on everyone's data under each user's LoRA, with
 * and without the user's retrieved history in the prompt; both run for every user and record the
 * prompt, the task module and the history they were trained with.
 */
class OppuOnCausalLmTest {

    @TempDir
    Path workDir;

    @Test
    void taskModuleAndRetrievedHistoryRunOnACausalLm() throws Exception {
        Path results = workDir.resolve("peftu/results.json");
        EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(OppuOnCausalLmBenchmark.class))
                .configurationParameters(Map.of(Constants.RESULTS_FILE, results.toString(), Constants.PROGRESS, "false",
                        Constants.MODELS_DIRECTORY, Path.of(getClass().getResource("/causal-tiny").toURI()).toString()))
                .execute().containerEvents().assertStatistics(stats -> stats.failed(0));

        BenchmarkResult board = ResultsJson.read(results).benchmarks().get(0);
        for (String label : new String[] {"oppu", "oppu-rag2"}) {
            MethodResult method = board.method(label).orElseThrow();
            assertThat(method.passed()).as(label).isTrue();
            assertThat(method.users()).as(label).hasSize(3);
            assertThat(method.settings()).as(label).containsEntry("taskModule", "lora")
                    .containsEntry("prompt.template", "Post: {text}\nLabel: ");
        }
        assertThat(board.method("oppu").orElseThrow().settings()).containsEntry("retrieve", "0");
        assertThat(board.method("oppu-rag2").orElseThrow().settings()).containsEntry("retrieve", "2")
                .hasEntrySatisfying("retrieve.historyTokens", tokens -> assertThat(Double.parseDouble(tokens))
                        .as("history went into the prompts").isPositive());
        try (var users = Files.list(workDir.resolve("peftu/modules/oppu-on-causal-lm/oppu-rag2"))) {
            assertThat(users.filter(Files::isDirectory).count()).as("a module per user").isGreaterThanOrEqualTo(3);
        }
    }
}
