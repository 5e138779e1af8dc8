package dev.peftu.engine.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import dev.peftu.engine.contributed.ContextServices;
import dev.peftu.engine.contributed.VersionedHead;
import dev.peftu.engine.contributed.VersionedHeadBenchmark;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunResults;
import dev.peftu.results.UserResult;
import dev.peftu.store.ModuleStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineTestKit;

class ModuleStoreLayoutTest {

    /** Short inputs keep the runs quick; the forked run must use the same. */
    private static final String MAX_LENGTH = "24";

    @TempDir
    Path workDir;

    @Test
    void labelsOfOneMethodAndBenchmarksWithTheSameUserIdsKeepTheirOwnModules() throws IOException {
        Path store = workDir.resolve("store");
        run(store, true, selectClass(TwoLabelsBenchmark.class), selectClass(SameUsersBenchmark.class));

        ModuleStore twoLabels = new ModuleStore(store.resolve("two-labels"));
        ModuleStore sameUsers = new ModuleStore(store.resolve("same-users"));
        List<String> users = twoLabels.users("head");
        assertThat(users).hasSize(3).isEqualTo(twoLabels.users("head-slow")).isEqualTo(sameUsers.users("head"));
        for (String user : users) {
            assertThat(twoLabels.load("head", user).weights()).as(user)
                    .isNotEqualTo(twoLabels.load("head-slow", user).weights())
                    .isNotEqualTo(sameUsers.load("head", user).weights());
            assertThat(Files.readString(twoLabels.userDirectory("head", user).resolve(ModuleStore.FINGERPRINT_FILE)))
                    .isNotEqualTo(Files.readString(sameUsers.userDirectory("head", user)
                            .resolve(ModuleStore.FINGERPRINT_FILE)));
        }
    }

    @Test
    void aSecondRunReusesEveryStoredModuleAndScoresTheSame() throws IOException {
        Path store = workDir.resolve("store");
        RunResults first = run(store, true, selectClass(TwoLabelsBenchmark.class));

        String log = capturingOutput(() -> run(store, true, selectClass(TwoLabelsBenchmark.class)));
        RunResults second = ResultsJson.read(resultsFile());

        assertThat(log).contains("two-labels / head: reused 3 stored modules");
        assertThat(users(second, "two-labels", "head")).isEqualTo(users(first, "two-labels", "head"));
        assertThat(users(second, "two-labels", "head-slow")).isEqualTo(users(first, "two-labels", "head-slow"));

        String fresh = capturingOutput(() -> run(store, false, selectClass(TwoLabelsBenchmark.class)));
        assertThat(fresh).doesNotContain("reused");
    }

    @Test
    void aStoredModuleIsReusedAtItsMethodsVersionAndRetrainedOnceTheVersionIsBumped() throws Exception {
        Path store = workDir.resolve("store");
        ModuleStore modules = new ModuleStore(store.resolve("versioned-head"));
        ContextServices.with(workDir.resolve("v1"), VersionedHead.class,
                () -> run(store, true, selectClass(VersionedHeadBenchmark.class)));
        Map<String, String> fingerprints = fingerprints(modules, VersionedHead.NAME);

        String sameVersion = ContextServices.with(workDir.resolve("v1-again"), VersionedHead.class,
                () -> capturingOutput(() -> run(store, true, selectClass(VersionedHeadBenchmark.class))));
        String bumped = ContextServices.with(workDir.resolve("v2"), VersionedHead.Bumped.class,
                () -> capturingOutput(() -> run(store, true, selectClass(VersionedHeadBenchmark.class))));

        assertThat(sameVersion).contains("versioned-head / versioned-head: reused 3 stored modules");
        assertThat(bumped).contains("versioned-head / versioned-head").doesNotContain("reused");
        Map<String, String> retrained = fingerprints(modules, VersionedHead.NAME);
        assertThat(retrained.keySet()).hasSize(3).isEqualTo(fingerprints.keySet());
        retrained.forEach((user, fingerprint) -> assertThat(fingerprint).as(user).isNotEqualTo(fingerprints.get(user)));
    }

    @Test
    void aRunKilledAfterItsFirstStoredUserResumesToTheUninterruptedResults() throws Exception {
        Path uninterruptedStore = workDir.resolve("uninterrupted");
        List<UserResult> uninterrupted = users(run(uninterruptedStore, true, selectClass(LongLoraBenchmark.class)),
                "long-lora", "lora");

        Path store = workDir.resolve("store");
        Path killedResults = workDir.resolve("killed/results.json");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElseThrow(), "-cp",
                System.getProperty("java.class.path"), ForkedEngineRun.class.getName(),
                LongLoraBenchmark.class.getName(), killedResults.toString(), store.toString(), MAX_LENGTH)
                .redirectErrorStream(true).redirectOutput(workDir.resolve("forked.log").toFile()).start();
        ModuleStore modules = new ModuleStore(store.resolve("long-lora"));
        long deadline = System.nanoTime() + 300_000_000_000L;
        while (process.isAlive() && modules.users("lora").isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(20);
        }
        assertThat(process.isAlive()).as("the forked run is still training when its first module is stored").isTrue();
        process.destroyForcibly().waitFor();
        int storedAtKill = modules.users("lora").size();
        assertThat(storedAtKill).as("users stored when the run was killed").isBetween(1, 3);
        assertThat(killedResults).doesNotExist();

        String log = capturingOutput(() -> run(store, true, selectClass(LongLoraBenchmark.class)));

        assertThat(log).contains("long-lora / lora: reused " + storedAtKill + " stored modules");
        RunResults resumed = ResultsJson.read(resultsFile());
        assertThat(users(resumed, "long-lora", "lora")).isEqualTo(uninterrupted);
        MethodResult lora = resumed.benchmark("long-lora").orElseThrow().method("lora").orElseThrow();
        assertThat(lora.accuracy()).isEqualTo(accuracy(uninterrupted));
    }

    private RunResults run(Path store, boolean resume, DiscoverySelector... selectors) {
        EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectors)
                .configurationParameters(Map.of(Constants.RESULTS_FILE, resultsFile().toString(),
                        Constants.MODULE_STORE, store.toString(), Constants.RESUME, Boolean.toString(resume),
                        Constants.MAX_LENGTH, MAX_LENGTH, Constants.PROGRESS, "true"))
                .execute().containerEvents().assertStatistics(stats -> stats.failed(0));
        try {
            return ResultsJson.read(resultsFile());
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private Path resultsFile() {
        return workDir.resolve("peftu/results.json");
    }

    private static List<UserResult> users(RunResults results, String benchmark, String method) {
        BenchmarkResult result = results.benchmark(benchmark).orElseThrow();
        return result.method(method).orElseThrow().users();
    }

    private static double accuracy(List<UserResult> users) {
        return users.stream().mapToDouble(UserResult::accuracy).average().orElseThrow();
    }

    private static Map<String, String> fingerprints(ModuleStore modules, String label) throws IOException {
        Map<String, String> fingerprints = new TreeMap<>();
        for (String user : modules.users(label)) {
            fingerprints.put(user, Files.readString(modules.userDirectory(label, user).resolve(ModuleStore.FINGERPRINT_FILE)));
        }
        return fingerprints;
    }

    private static String capturingOutput(Runnable run) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PrintStream original = System.out;
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            run.run();
        } finally {
            System.setOut(original);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
