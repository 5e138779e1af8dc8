package dev.peftu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.displayName;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedSuccessfully;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.peftu.data.PeftuJsonFormat;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.engine.specs.BrokenMethodsBenchmark;
import dev.peftu.engine.specs.ConfiguredSettingsBenchmark;
import dev.peftu.engine.specs.DataRequiringBenchmark;
import dev.peftu.engine.specs.MajorityBenchmark;
import dev.peftu.engine.specs.TwoDatasetsBenchmark;
import dev.peftu.engine.specs.UnconfiguredDataBenchmark;
import dev.peftu.engine.spec.SpecException;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunResults;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class PeftuExecutionTest {

    @TempDir
    Path workDir;

    @Test
    void everyScoredUserPassesWithAccuracyAndTestSizeEntries() {
        EngineExecutionResults results = run(selectClass(MajorityBenchmark.class));

        results.containerEvents().assertStatistics(stats -> stats.started(3).succeeded(3).failed(0));
        List<ReportEntry> entries = results.allEvents().reportingEntryPublished()
                .map(event -> event.getPayload(ReportEntry.class).orElseThrow()).toList();
        assertThat(entries).hasSize(3).allSatisfy(entry -> {
            Map<String, String> values = entry.getKeyValuePairs();
            assertThat(Double.parseDouble(values.get("accuracy"))).isBetween(0.0, 1.0);
            assertThat(Integer.parseInt(values.get("testSize"))).isPositive();
        });
    }

    @Test
    void gatePassesOrFailsWithTheAssertionMessage() {
        EngineExecutionResults results = run(selectClass(MajorityBenchmark.class));

        results.testEvents().assertStatistics(stats -> stats.started(5).succeeded(4).failed(1));
        results.testEvents().assertThatEvents()
                .haveExactly(1, event(test(), displayName("majorityRanToCompletion"), finishedSuccessfully()))
                .haveExactly(1, event(test(), displayName("majorityIsBetterThanPerfect"),
                        finishedWithFailure(instanceOf(AssertionError.class),
                                message(text -> text.contains("1.01") && text.contains("majority")))));
    }

    @Test
    void everyMethodProblemFailsTheBenchmarkBeforeAnyOfItsMethodsRuns() {
        EngineExecutionResults results = run(selectClass(BrokenMethodsBenchmark.class));

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName("broken-methods"), finishedWithFailure(
                        instanceOf(SpecException.class),
                        message(text -> text.contains("3 problems, found before anything was trained")
                                && text.contains("method no-such-method: unknown method 'no-such-method'")
                                && text.contains("'rank4'") && text.contains("key=value")
                                && text.contains("${note}")))));
        results.testEvents().assertStatistics(stats -> stats.started(0));
    }

    @Test
    void methodSettingsResolveConfigurationParameters() {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClass(ConfiguredSettingsBenchmark.class))
                .configurationParameters(configuration())
                .configurationParameter("note", "1")
                .execute();

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName("majority"), finishedSuccessfully()));
    }

    @Test
    void invalidSpecFailsItsBenchmarkNamingTheCause() {
        EngineExecutionResults results = run(selectClass(TwoDatasetsBenchmark.class),
                selectClass(UnconfiguredDataBenchmark.class), selectClass(MajorityBenchmark.class));

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName("two-datasets-benchmark"), finishedWithFailure(
                        message(text -> text.contains("declares 2 datasets")))))
                .haveExactly(1, event(container(), displayName("unconfigured-data-benchmark"), finishedWithFailure(
                        message(text -> text.contains("${peftu.data}") && text.contains("not set")))))
                .haveExactly(1, event(container(), displayName("majority-benchmark"), finishedSuccessfully()));
    }

    @Test
    void benchmarksThatCannotStartAreRecordedUnderTheirNameWithTheirCause() throws Exception {
        run(selectClass(TwoDatasetsBenchmark.class), selectClass(MajorityBenchmark.class));

        RunResults results = ResultsJson.read(resultsFile());
        assertThat(results.notRun()).singleElement().satisfies(notRun -> {
            assertThat(notRun.name()).isEqualTo("two-datasets-benchmark");
            assertThat(notRun.status()).isEqualTo(Outcome.FAILED);
            assertThat(notRun.reason()).contains("declares 2 datasets");
        });
    }

    @Test
    void aRunWhoseOnlyBenchmarkIsSkippedWritesResultsSayingSo() throws Exception {
        run(selectClass(DataRequiringBenchmark.class));

        RunResults results = ResultsJson.read(resultsFile());
        assertThat(results.benchmarks()).isEmpty();
        assertThat(results.notRun()).singleElement().satisfies(notRun -> {
            assertThat(notRun.name()).isEqualTo("data-requiring-benchmark");
            assertThat(notRun.status()).isEqualTo(Outcome.SKIPPED);
            assertThat(notRun.reason()).contains("requires configuration parameter peftu.data");
        });
    }

    @Test
    void benchmarkMissingARequiredParameterIsSkippedNamingIt() throws Exception {
        EngineExecutionResults results = run(selectClass(DataRequiringBenchmark.class), selectClass(MajorityBenchmark.class));

        results.containerEvents().assertThatEvents()
                .haveExactly(1, event(container(), displayName("data-requiring-benchmark"),
                        skippedWithReason(reason -> reason.contains("peftu.data") && reason.contains("-Dpeftu.data="))))
                .haveExactly(1, event(container(), displayName("majority-benchmark"), finishedSuccessfully()));
        assertThat(ResultsJson.read(resultsFile()).benchmarks()).extracting(BenchmarkResult::name)
                .containsExactly("majority-benchmark");
    }

    @Test
    void benchmarkRunsOnceItsRequiredParameterIsSet() throws Exception {
        Path data = workDir.resolve("data");
        new PeftuJsonFormat().write(SyntheticTaskGenerator.defaults().users(3).textsPerUser(20).seed(5).dataset(),
                data.resolve("tweeteval"));

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClass(DataRequiringBenchmark.class)).configurationParameters(configuration())
                .configurationParameter(Constants.DATA_DIRECTORY, data.toString()).execute();

        results.containerEvents().assertStatistics(stats -> stats.skipped(0).failed(0));
        results.testEvents().assertStatistics(stats -> stats.succeeded(3).failed(0));
        assertThat(ResultsJson.read(resultsFile()).notRun()).isEmpty();
        assertThat(ResultsJson.read(resultsFile()).benchmarks()).extracting(BenchmarkResult::name)
                .containsExactly("data-requiring-benchmark");
    }

    @Test
    void aDatasetWhoseAgreementIsUndefinedRunsAndRecordsNoAlpha() throws Exception {
        PersonalizedDataset twoUsers = SyntheticTaskGenerator.defaults().users(2).textsPerUser(20).seed(5).dataset();
        Path data = workDir.resolve("data");
        new PeftuJsonFormat().write(new PersonalizedDataset(twoUsers.task(), twoUsers.users().subList(0, 1)),
                data.resolve("tweeteval"));

        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClass(DataRequiringBenchmark.class)).configurationParameters(configuration())
                .configurationParameter(Constants.DATA_DIRECTORY, data.toString()).execute();

        results.containerEvents().assertStatistics(stats -> stats.failed(0));
        BenchmarkResult benchmark = ResultsJson.read(resultsFile()).benchmarks().get(0);
        assertThat(benchmark.dataset().users()).isEqualTo(1);
        assertThat(benchmark.dataset().agreement()).isEmpty();
        assertThat(benchmark.method("majority").orElseThrow().passed()).isTrue();
    }

    @Test
    void resultsFileHoldsMethodsUsersAndGates() throws Exception {
        run(selectClass(MajorityBenchmark.class), selectClass(BrokenMethodsBenchmark.class));

        RunResults results = ResultsJson.read(resultsFile());
        assertThat(results.run().device()).isEqualTo("none");
        assertThat(results.benchmarks()).extracting(BenchmarkResult::name)
                .containsExactly("majority-benchmark");
        BenchmarkResult majority = results.benchmark("majority-benchmark").orElseThrow();
        assertThat(majority.configuration().seed()).isEqualTo(11);
        assertThat(majority.configuration().datasetFingerprint()).matches("sha256:[0-9a-f]{16}");
        assertThat(majority.configuration().baseModel()).isEqualTo("all-MiniLM-L6-v2 (embedded)");
        assertThat(majority.dataset().users()).isEqualTo(3);
        assertThat(majority.dataset().agreement()).isPresent();
        MethodResult method = majority.method("majority").orElseThrow();
        assertThat(method.contender()).isEqualTo("majority");
        assertThat(method.users()).hasSize(3);
        assertThat(method.users()).allSatisfy(user -> assertThat(user.examples()).hasSize(user.testSize()));
        assertThat(method.accuracy()).isBetween(method.ciLow(), method.ciHigh());
        assertThat(majority.gates()).extracting(gate -> gate.name() + "=" + gate.status())
                .containsExactlyInAnyOrder("majorityRanToCompletion=PASSED", "majorityIsBetterThanPerfect=FAILED");
        assertThat(results.notRun()).singleElement().satisfies(broken -> {
            assertThat(broken.status()).isEqualTo(Outcome.FAILED);
            assertThat(broken.reason()).contains("unknown method 'no-such-method'");
        });
    }

    @Test
    void runWithoutBenchmarksWritesNoResults() {
        run(selectClass(PeftuExecutionTest.class));

        assertThat(Files.exists(resultsFile())).isFalse();
    }

    @Test
    void progressLinesNameTaskMethodAndUsers() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(MajorityBenchmark.class))
                    .configurationParameters(configuration())
                    .configurationParameter(Constants.PROGRESS, "true").execute();
        } finally {
            System.setOut(original);
        }

        assertThat(out.toString(StandardCharsets.UTF_8))
                .contains("[peftu] majority-benchmark / majority: predicting 3/3 (100%) elapsed ");
    }

    private EngineExecutionResults run(DiscoverySelector... selectors) {
        return EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectors)
                .configurationParameters(configuration()).execute();
    }

    private Map<String, String> configuration() {
        return Map.of(Constants.RESULTS_FILE, resultsFile().toString(), Constants.PROGRESS, "false");
    }

    private Path resultsFile() {
        return workDir.resolve("peftu/results.json");
    }
}
