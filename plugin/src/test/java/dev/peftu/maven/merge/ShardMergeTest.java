package dev.peftu.maven.merge;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunMetadata;
import dev.peftu.results.RunResults;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import dev.peftu.stats.UserAverages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ShardMergeTest {

    @TempDir
    Path dir;

    @Test
    void joinsTheShardsUsersInIdOrderAndRecomputesTheAveragesOverAllOfThem() throws IOException {
        Path first = write("results-shard-1-of-2.json", "1/2", SampleResults.user("u3", 6, 10),
                SampleResults.user("u1", 9, 10));
        Path second = write("results-shard-2-of-2.json", "2/2", SampleResults.user("u2", 3, 10));

        RunResults merged = ShardMerge.merge(List.of(second, first));

        MethodResult head = merged.benchmarks().get(0).method("head").orElseThrow();
        assertThat(merged.run().shardOf()).isEmpty();
        assertThat(head.users()).extracting(UserResult::user).containsExactly("u1", "u2", "u3");
        UserAverages expected = UserAverages.of(head.users(), 42);
        assertThat(head.accuracy()).isEqualTo(expected.accuracy());
        assertThat(List.of(head.ciLow(), head.ciHigh())).containsExactly(expected.ciLow(), expected.ciHigh());
        assertThat(head.accuracy()).isEqualTo((0.9 + 0.3 + 0.6) / 3, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void refusesAUserScoredInTwoShards() throws IOException {
        Path first = write("results-shard-1-of-2.json", "1/2", SampleResults.user("u1", 9, 10));
        Path second = write("results-shard-2-of-2.json", "2/2", SampleResults.user("u1", 9, 10));

        assertThatThrownBy(() -> ShardMerge.merge(List.of(first, second)))
                .isInstanceOf(ShardMergeException.class)
                .hasMessageContaining("results-shard-2-of-2.json: user u1 of b/head is also in")
                .hasMessageContaining("expected disjoint shards");
    }

    @Test
    void refusesAWholeRunAndShardsOfDifferentSplits() throws IOException {
        Path whole = write("results.json", null, SampleResults.user("u1", 9, 10));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(whole)))
                .hasMessageContaining("results.json: not a shard's results");

        Path ofTwo = write("results-shard-1-of-2.json", "1/2", SampleResults.user("u1", 9, 10));
        Path ofThree = write("results-shard-2-of-3.json", "2/3", SampleResults.user("u2", 9, 10));
        assertThatThrownBy(() -> ShardMerge.merge(List.of(ofTwo, ofThree)))
                .hasMessageContaining("results-shard-2-of-3.json: shard 2/3 belongs to a run split into 3 shards");
    }

    private Path write(String name, String shard, UserResult... users) throws IOException {
        List<UserResult> list = List.of(users);
        UserAverages averages = UserAverages.of(list, 42);
        MethodResult head = new MethodResult("head", "head", Map.of("epochs", "1"), ContenderKind.PEFT,
                Outcome.PASSED, null, 770, averages.accuracy(), averages.ciLow(), averages.ciHigh(), averages.macroF1(),
                2.5, list);
        BenchmarkResult benchmark = new BenchmarkResult("b", SampleResults.configuration(),
                new DatasetSummary(3, 90, List.of("yes", "no"), false, 0.2, null), List.of(head), List.of());
        RunMetadata run = new RunMetadata("cpu()", "all-MiniLM-L6-v2 (embedded)", Map.of("peftu", "test"),
                Instant.parse("2026-01-01T00:00:00Z"), 3.0, shard);
        Path file = dir.resolve(name);
        ResultsJson.write(file, new RunResults(run, List.of(benchmark), List.of()));
        return file;
    }
}
