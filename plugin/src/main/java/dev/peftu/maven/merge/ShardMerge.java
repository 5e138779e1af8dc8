package dev.peftu.maven.merge;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunMetadata;
import dev.peftu.results.RunResults;
import dev.peftu.results.Shard;
import dev.peftu.results.UserResult;
import dev.peftu.stats.UserAverages;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Merges shard results into one board. The shards must be complete (one file for every
 * {@code i} of {@code n}), of one configuration (the same benchmarks with the same configuration
 * and dataset fingerprint, the same methods with the same contender and settings) and disjoint (no
 * user scored in two shards); otherwise the merge fails naming the file and what differs. A
 * method's users are joined in id order and its accuracy, interval and macro-F1 recomputed from
 * them ({@link UserAverages}), which is exactly what the unsharded run computes.
 */
public final class ShardMerge {

    private ShardMerge() {
    }

    /**
     * Reads and merges the shard files.
     *
     * @throws ShardMergeException naming the file and the problem when the shards cannot be merged
     * @throws IOException when a file cannot be read or is not valid results JSON
     */
    public static RunResults merge(List<Path> files) throws IOException {
        if (files.isEmpty()) {
            throw new ShardMergeException("no shard results to merge; run mvn peftu:verify -Dpeftu.shard=i/n"
                    + " for every i of n first");
        }
        Map<Integer, ShardFile> shards = new TreeMap<>();
        int count = -1;
        for (Path file : files) {
            RunResults results = ResultsJson.read(file);
            Shard shard = results.run().shardOf().orElseThrow(() -> new ShardMergeException(file
                    + ": not a shard's results (its run has no \"shard\"); expected files written with -Dpeftu.shard=i/n"));
            if (count >= 0 && shard.count() != count) {
                throw new ShardMergeException(file + ": shard " + shard + " belongs to a run split into "
                        + shard.count() + " shards, the others to " + count);
            }
            count = shard.count();
            ShardFile earlier = shards.put(shard.index(), new ShardFile(file, results));
            if (earlier != null) {
                throw new ShardMergeException(file + ": shard " + shard + " is also in " + earlier.file());
            }
        }
        for (int i = 1; i <= count; i++) {
            if (!shards.containsKey(i)) {
                Shard missing = new Shard(i, count);
                throw new ShardMergeException("shard " + missing + " is missing (" + missing.resultsFileName()
                        + "); merged " + shards.values().stream().map(ShardFile::file).toList());
            }
        }
        return mergeShards(new ArrayList<>(shards.values()));
    }

    /** One shard's results and the file they came from. */
    private record ShardFile(Path file, RunResults results) {
    }

    private static RunResults mergeShards(List<ShardFile> shards) {
        ShardFile first = shards.get(0);
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (BenchmarkResult benchmark : first.results().benchmarks()) {
            List<BenchmarkResult> parts = new ArrayList<>();
            for (ShardFile shard : shards) {
                parts.add(sameBenchmark(first, shard, benchmark));
            }
            benchmarks.add(mergeBenchmark(shards, parts));
        }
        for (ShardFile shard : shards) {
            if (shard.results().benchmarks().size() != first.results().benchmarks().size()) {
                throw new ShardMergeException(shard.file() + ": holds benchmarks "
                        + names(shard.results()) + " but " + first.file() + " holds " + names(first.results()));
            }
        }
        Set<NotRunBenchmark> notRun = new LinkedHashSet<>();
        shards.forEach(shard -> notRun.addAll(shard.results().notRun()));
        RunMetadata run = first.results().run();
        Instant started = shards.stream().map(s -> s.results().run().startedAt()).min(Comparator.naturalOrder())
                .orElseThrow();
        double seconds = shards.stream().mapToDouble(s -> s.results().run().durationSeconds()).sum();
        String devices = String.join(", ", shards.stream().map(s -> s.results().run().device())
                .collect(java.util.stream.Collectors.toCollection(LinkedHashSet::new)));
        return new RunResults(new RunMetadata(devices, run.baseModel(), run.versions(), started, seconds, null),
                benchmarks, List.copyOf(notRun));
    }

    private static BenchmarkResult sameBenchmark(ShardFile first, ShardFile shard, BenchmarkResult benchmark) {
        BenchmarkResult part = shard.results().benchmark(benchmark.name()).orElseThrow(() -> new ShardMergeException(
                shard.file() + ": has no benchmark " + benchmark.name() + " (it holds " + names(shard.results())
                        + "); expected every shard of one run"));
        Map<String, String> differences = part.configuration().differencesFrom(benchmark.configuration());
        if (!differences.isEmpty()) {
            throw new ShardMergeException(shard.file() + ": benchmark " + benchmark.name()
                    + " ran with another configuration than in " + first.file() + ": " + differences);
        }
        List<String> methods = benchmark.methods().stream().map(MethodResult::name).toList();
        List<String> partMethods = part.methods().stream().map(MethodResult::name).toList();
        if (!methods.equals(partMethods)) {
            throw new ShardMergeException(shard.file() + ": benchmark " + benchmark.name() + " ran methods "
                    + partMethods + " but " + methods + " in " + first.file());
        }
        for (MethodResult method : benchmark.methods()) {
            MethodResult other = part.method(method.name()).orElseThrow();
            if (!other.contender().equals(method.contender()) || !other.settings().equals(method.settings())) {
                throw new ShardMergeException(shard.file() + ": method " + method.name() + " of benchmark "
                        + benchmark.name() + " ran " + other.contender() + " " + other.settings() + " but "
                        + method.contender() + " " + method.settings() + " in " + first.file());
            }
        }
        return part;
    }

    private static BenchmarkResult mergeBenchmark(List<ShardFile> shards, List<BenchmarkResult> parts) {
        BenchmarkResult first = parts.get(0);
        List<MethodResult> methods = new ArrayList<>();
        for (MethodResult method : first.methods()) {
            List<MethodResult> pieces = new ArrayList<>();
            parts.forEach(part -> pieces.add(part.method(method.name()).orElseThrow()));
            methods.add(mergeMethod(shards, first.name(), first.configuration().seed(), pieces));
        }
        return new BenchmarkResult(first.name(), first.configuration(), first.dataset(), methods, List.of());
    }

    private static MethodResult mergeMethod(List<ShardFile> shards, String benchmark, long seed,
                                            List<MethodResult> pieces) {
        MethodResult first = pieces.get(0);
        double seconds = pieces.stream().mapToDouble(MethodResult::seconds).sum();
        for (MethodResult piece : pieces) {
            if (!piece.passed()) {
                return MethodResult.failed(first.name(), first.contender(), first.settings(), first.kind(),
                        piece.error(), seconds);
            }
        }
        Map<String, UserResult> users = new TreeMap<>();
        Map<String, Path> shardOfUser = new LinkedHashMap<>();
        for (int s = 0; s < pieces.size(); s++) {
            for (UserResult user : pieces.get(s).users()) {
                Path earlier = shardOfUser.put(user.user(), shards.get(s).file());
                if (earlier != null) {
                    throw new ShardMergeException(shards.get(s).file() + ": user " + user.user() + " of " + benchmark
                            + "/" + first.name() + " is also in " + earlier + "; expected disjoint shards");
                }
                users.put(user.user(), user);
            }
        }
        List<UserResult> merged = List.copyOf(users.values());
        UserAverages averages = UserAverages.of(merged, seed);
        return new MethodResult(first.name(), first.contender(), first.settings(), first.kind(), Outcome.PASSED, null,
                first.trainableParameters(), averages.accuracy(), averages.ciLow(), averages.ciHigh(),
                averages.macroF1(), seconds, merged);
    }

    private static List<String> names(RunResults results) {
        return results.benchmarks().stream().map(BenchmarkResult::name).toList();
    }
}
