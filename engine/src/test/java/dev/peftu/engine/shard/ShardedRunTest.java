package dev.peftu.engine.shard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.skippedWithReason;
import static org.junit.platform.testkit.engine.EventConditions.test;

import dev.peftu.engine.Constants;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunResults;
import dev.peftu.results.Shard;
import dev.peftu.results.UserResult;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

class ShardedRunTest {

    @TempDir
    Path workDir;

    @Test
    void shardsAreDisjointCoverEveryUserAndScoreEachUserAsTheWholeRunDoes() throws IOException {
        BenchmarkResult whole = run(null).benchmarks().get(0);
        Map<String, Map<String, UserResult>> sharded = new HashMap<>();
        List<String> shardUsers = new ArrayList<>();
        for (String shard : List.of("1/2", "2/2")) {
            RunResults results = run(shard);
            assertThat(results.run().shardOf()).hasValue(Shard.parse(shard));
            BenchmarkResult part = results.benchmarks().get(0);
            assertThat(part.configuration()).isEqualTo(whole.configuration());
            for (MethodResult method : part.methods()) {
                assertThat(method.passed()).as(method.name()).isTrue();
                method.users().forEach(user -> sharded.computeIfAbsent(method.name(), m -> new HashMap<>())
                        .put(user.user(), user));
            }
            part.methods().get(0).users().forEach(user -> shardUsers.add(user.user()));
        }

        List<String> allUsers = whole.methods().get(0).users().stream().map(UserResult::user).toList();
        assertThat(shardUsers).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(allUsers);
        for (MethodResult method : whole.methods()) {
            for (UserResult user : method.users()) {
                assertThat(sharded.get(method.name()).get(user.user())).as(method.name() + "/" + user.user())
                        .isEqualTo(user);
            }
        }
    }

    @Test
    void aShardSkipsTheGatesAndWritesItsOwnResultsFile() {
        EngineExecutionResults results = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClass(ShardedBenchmark.class))
                .configurationParameters(configuration("1/2")).execute();

        results.testEvents().assertThatEvents().haveExactly(1, event(test("headRan"),
                skippedWithReason(reason -> reason.contains("peftu:merge"))));
        assertThat(workDir.resolve("peftu/results-shard-1-of-2.json")).exists();
        assertThat(workDir.resolve("peftu/results.json")).doesNotExist();
    }

    @Test
    void aMalformedShardFailsDiscoveryNamingTheParameter() {
        Throwable failure = catchThrowable(() -> EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClass(ShardedBenchmark.class))
                .configurationParameters(configuration("3/2")).execute());

        assertThat(failure).as("discovery fails").isNotNull();
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        assertThat(messages.toString()).contains("peftu.shard='3/2'", "expected i/n with 1 <= i <= n");
    }

    private RunResults run(String shard) throws IOException {
        EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(ShardedBenchmark.class))
                .configurationParameters(configuration(shard)).execute()
                .containerEvents().assertStatistics(stats -> stats.failed(0));
        Path file = workDir.resolve("peftu").resolve(shard == null ? "results.json"
                : "results-shard-" + shard.replace("/", "-of-") + ".json");
        return ResultsJson.read(file);
    }

    private Map<String, String> configuration(String shard) {
        Map<String, String> configuration = new HashMap<>(Map.of(
                Constants.RESULTS_FILE, workDir.resolve("peftu/results.json").toString(),
                Constants.RESUME, "false", Constants.PROGRESS, "false"));
        if (shard != null) {
            configuration.put(Constants.SHARD, shard);
        }
        return configuration;
    }
}
