package dev.peftu.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.api.EngineParameters;
import dev.peftu.engine.contributed.ContextServices;
import dev.peftu.engine.contributed.ImpostorMajority;
import dev.peftu.engine.contributed.VersionZeroBaseline;
import dev.peftu.engine.specs.BrokenMethodsBenchmark;
import dev.peftu.engine.specs.MajorityBenchmark;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The run-wide checks at discovery: every key in peftu's namespace is known or the run fails
 * naming the closest known key, whatever the source; values are well-formed; the directories the
 * run writes are writable; every problem is listed once, and nothing runs.
 */
class ConfigurationCheckTest {

    @TempDir
    Path workDir;

    @Test
    void misspelledKeyFailsTheRunNamingTheClosestKnownKey() {
        String failure = failure(Map.of("peftu.epoch", "1"));

        assertThat(failure).contains("configuration parameter peftu.epoch is unknown; did you mean peftu.epochs?");
        assertThat(Files.exists(resultsFile())).as("nothing ran, nothing was written").isFalse();
    }

    @Test
    void misspelledSystemPropertyFailsTheRunTooAndSaysWhereItCameFrom() {
        System.setProperty("peftu.userslimit", "2");
        try {
            assertThat(failure(Map.of())).contains(
                    "configuration parameter peftu.userslimit (a -D system property) is unknown; "
                            + "did you mean peftu.usersLimit?");
        } finally {
            System.clearProperty("peftu.userslimit");
        }
    }

    @Test
    void keyFarFromEveryKnownOneListsTheKnownKeys() {
        assertThat(failure(Map.of("peftu.colour", "blue")))
                .contains("configuration parameter peftu.colour is unknown; expected one of [peftu.benchmarks,");
    }

    @Test
    void pluginPropertiesBenchPropertiesAndSpecParametersAreNotTheEnginesToReject() {
        EngineExecutionResults results = engine(Map.of(EngineParameters.ALLOW_SKIPPED, "true",
                EngineParameters.BENCH_PREFIX + "users", "4", "note", "anything"), MajorityBenchmark.class).execute();

        results.allEvents().assertStatistics(stats -> stats.failed(1));
        assertThat(Files.exists(resultsFile())).isTrue();
    }

    @Test
    void booleansAreExactlyTrueOrFalse() {
        assertThat(failure(Map.of(Constants.RESUME, "TRUE", Constants.PROGRESS, "yes")))
                .contains("configuration parameter peftu.resume='TRUE' is invalid; expected true or false")
                .contains("configuration parameter peftu.progress='yes' is invalid; expected true or false");
    }

    @Test
    void everyProblemOfTheRunAndItsBenchmarksIsListedInOneFailure() {
        String failure = failure(Map.of("peftu.epoch", "1", Constants.PROGRESS, "yes",
                Constants.MODULE_STORE, "/dev/null/modules"), BrokenMethodsBenchmark.class);

        assertThat(failure).contains("the peftu run cannot run; 6 problems, found before anything was trained")
                .contains("peftu.epoch is unknown")
                .contains("peftu.progress='yes' is invalid; expected true or false")
                .contains("module store /dev/null/modules cannot be created")
                .contains("unknown method 'no-such-method'").contains("'rank4'").contains("${note}");
    }

    @Test
    void aProblemSharedByEveryBenchmarkIsListedOnce() {
        String failure = failure(Map.of(Constants.SEED, "seven"), BrokenMethodsBenchmark.class,
                MajorityBenchmark.class);

        assertThat(failure).contains("configuration parameter peftu.seed='seven' is invalid; expected a whole number");
        assertThat(failure.split("peftu.seed='seven'", -1)).hasSize(2);
    }

    @Test
    void unwritableModuleStoreFailsBeforeAnythingRuns() {
        assertThat(failure(Map.of(Constants.MODULE_STORE, "/dev/null/modules")))
                .contains("module store /dev/null/modules cannot be created: /dev/null is not a directory");
        assertThat(Files.exists(resultsFile())).isFalse();
    }

    @Test
    void missingModelDirectoryFailsNamingTheParameter() {
        Path missing = workDir.resolve("no-model");
        assertThat(failure(Map.of(Constants.MODEL_DIRECTORY, missing.toString())))
                .contains("configuration parameter peftu.model names " + missing + ", which is not a directory");
    }

    @Test
    void twoContendersOfOneNameAreReportedOnceNotOncePerMethod() throws Exception {
        String failure = ContextServices.with(workDir.resolve("impostor"), ImpostorMajority.class,
                () -> failure(Map.of(), BrokenMethodsBenchmark.class, MajorityBenchmark.class));

        assertThat(failure).contains("two contenders are named 'majority'");
        assertThat(failure.split("two contenders are named", -1)).hasSize(2);
    }

    @Test
    void aContenderOfVersionBelowOneFailsDiscoveryNamingItsClass() throws Exception {
        String failure = ContextServices.with(workDir.resolve("version-zero"), VersionZeroBaseline.class,
                () -> failure(Map.of()));

        assertThat(failure).contains("contender '" + VersionZeroBaseline.NAME + "' of "
                + VersionZeroBaseline.class.getName() + " has version 0; expected a whole number >= 1");
    }

    private String failure(Map<String, String> parameters) {
        return failure(parameters, MajorityBenchmark.class);
    }

    private String failure(Map<String, String> parameters, Class<?>... specs) {
        try {
            EngineExecutionResults results = engine(parameters, specs).execute();
            throw new AssertionError("discovery passed; events: " + results.allEvents().list());
        } catch (RuntimeException discoveryFailure) {
            return messages(discoveryFailure);
        }
    }

    /** The engine as Surefire or the plugin's launcher runs it: system properties are parameters too. */
    private EngineTestKit.Builder engine(Map<String, String> parameters, Class<?>... specs) {
        return EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(Arrays.stream(specs).map(spec -> selectClass(spec)).toArray(DiscoverySelector[]::new))
                .enableImplicitConfigurationParameters(true)
                .configurationParameters(configuration()).configurationParameters(parameters);
    }

    private static String messages(Throwable throwable) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        return messages.toString();
    }

    private Map<String, String> configuration() {
        return Map.of(Constants.RESULTS_FILE, resultsFile().toString(), Constants.PROGRESS, "false");
    }

    private Path resultsFile() {
        return workDir.resolve("peftu/results.json");
    }
}
