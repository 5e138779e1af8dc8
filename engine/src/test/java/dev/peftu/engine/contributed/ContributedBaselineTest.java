package dev.peftu.engine.contributed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.peftu.contenders.Contenders;
import dev.peftu.engine.Constants;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.ResultsJson;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/** A baseline defined only in test code, with one services line, is a contender like any built-in one. */
class ContributedBaselineTest {

    @TempDir
    Path workDir;

    @Test
    void isFoundByNameWithItsKindBeforeItIsCreated() {
        assertThat(Contenders.names()).contains(ConstantLabelBaseline.NAME, "majority", "lora");
        assertThat(Contenders.kindOf(ConstantLabelBaseline.NAME)).contains(ContenderKind.BASELINE);
    }

    @Test
    void standsOnTheBoardBesideTheBuiltInBaselines() throws Exception {
        Path resultsFile = workDir.resolve("results.json");
        EngineExecutionResults results = run(ContributedBaselineBenchmark.class, resultsFile);

        results.testEvents().assertThatEvents().haveExactly(1,
                event(test(), displayName("contributedBaselineStandsOnTheBoard"), finishedSuccessfully()));
        BenchmarkResult board = ResultsJson.read(resultsFile).benchmarks().get(0);
        MethodResult first = method(board, ConstantLabelBaseline.NAME);
        assertThat(first.kind()).isEqualTo(ContenderKind.BASELINE);
        assertThat(first.status()).isEqualTo(Outcome.PASSED);
        assertThat(first.settings()).containsExactlyEntriesOf(Map.of(ConstantLabelBaseline.LABEL_NUMBER, "1"));
        assertThat(method(board, "constant-second").settings()).containsEntry(ConstantLabelBaseline.LABEL_NUMBER, "2");
    }

    @Test
    void anUnknownSettingFailsItsBenchmarkBeforeAnyMethodRunsListingTheKnownOnes() throws Exception {
        Path resultsFile = workDir.resolve("results.json");
        EngineExecutionResults results = run(MisspeltSettingBenchmark.class, resultsFile);

        results.testEvents().assertStatistics(stats -> stats.started(0));
        assertThat(ResultsJson.read(resultsFile).notRun()).singleElement().satisfies(benchmark -> {
            assertThat(benchmark.status()).isEqualTo(Outcome.FAILED);
            assertThat(benchmark.reason()).isEqualTo("method constant-misspelt: method 'constant-label' has no"
                    + " setting 'labelNumbr'; known settings: [labelNumber]");
        });
    }

    private static EngineExecutionResults run(Class<?> spec, Path resultsFile) {
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(spec))
                .configurationParameters(Map.of(Constants.RESULTS_FILE, resultsFile.toString(),
                        Constants.PROGRESS, "false"))
                .execute();
    }

    private static MethodResult method(BenchmarkResult board, String label) {
        return board.methods().stream().filter(method -> method.name().equals(label)).findFirst().orElseThrow();
    }
}
