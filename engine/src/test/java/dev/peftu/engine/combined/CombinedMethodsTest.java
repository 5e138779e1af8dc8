package dev.peftu.engine.combined;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.UserResult;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * {@code select} and {@code stack} on a board: they reuse the board's runs, results.json records
 * each user's choice, and a named method that failed fails them.
 */
class CombinedMethodsTest {

    @TempDir
    Path workDir;

    @Test
    void resultsRecordEveryUsersChoiceAndSelectScoresAsItsChoice() throws Exception {
        Path resultsFile = workDir.resolve("results.json");
        run(SelectBenchmark.class, resultsFile).containerEvents().assertStatistics(stats -> stats.failed(0));

        BenchmarkResult board = ResultsJson.read(resultsFile).benchmarks().get(0);
        MethodResult select = board.method("select").orElseThrow();
        MethodResult stack = board.method("stack").orElseThrow();
        assertThat(List.of(select.kind(), stack.kind())).containsOnly(ContenderKind.COMBINED);
        assertThat(select.trainableParameters()).isZero();
        assertThat(select.users()).hasSize(3).allSatisfy(user -> {
            assertThat(user.choice()).isIn("majority", "retrieval");
            // the chosen method's own run, reused: the same outcome on every test example
            UserResult chosen = board.method(user.choice()).orElseThrow().users().stream()
                    .filter(u -> u.user().equals(user.user())).findFirst().orElseThrow();
            assertThat(user.examples()).isEqualTo(chosen.examples());
        });
        assertThat(stack.users()).extracting(UserResult::choice)
                .allSatisfy(choice -> assertThat(choice).isIn("majority", "retrieval", "(fitted)"));
        assertThat(board.method("majority").orElseThrow().users()).extracting(UserResult::choice)
                .containsOnlyNulls();
        assertThat(stack.users()).extracting(UserResult::choice).contains("(fitted)");
    }

    @Test
    void aNamedMethodThatFailedFailsTheCombinedOneNamingIt() throws Exception {
        Path resultsFile = workDir.resolve("results.json");
        run(SelectOverFailedBenchmark.class, resultsFile);

        BenchmarkResult board = ResultsJson.read(resultsFile).benchmarks().get(0);
        assertThat(board.method("majority").orElseThrow().passed()).isTrue();
        assertThat(board.method("stored").orElseThrow().passed()).isFalse();
        MethodResult select = board.method("select").orElseThrow();
        assertThat(select.passed()).isFalse();
        assertThat(select.kind()).isEqualTo(ContenderKind.COMBINED);
        assertThat(select.failure()).hasValueSatisfying(message -> assertThat(message).contains(
                "setting of names method stored, which has no result on this board (it failed or did not run)"));
    }

    private static EngineExecutionResults run(Class<?> spec, Path resultsFile) {
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(spec))
                .configurationParameters(Map.of(Constants.RESULTS_FILE, resultsFile.toString(),
                        Constants.PROGRESS, "false"))
                .execute();
    }
}
