package dev.peftu.maven;

import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.GateResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.RunMetadata;
import dev.peftu.results.RunResults;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import dev.peftu.stats.ConfidenceInterval;
import dev.peftu.stats.PairedStatistics;
import dev.peftu.stats.PercentileBootstrap;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** Hand-built runs for plugin tests. */
public final class Runs {

    private Runs() {
    }

    /** A passed method with the given accuracy and confidence interval and five users spread around it. */
    public static MethodResult method(String name, double accuracy, double ciLow, double ciHigh) {
        List<UserResult> users = new ArrayList<>();
        double[] offsets = {-0.1, -0.05, 0, 0.05, 0.1};
        for (int i = 0; i < offsets.length; i++) {
            int size = 12 + i;
            double userAccuracy = Math.max(0, Math.min(1, accuracy + offsets[i]));
            users.add(SampleResults.user("u" + (i + 1), (int) Math.round(userAccuracy * size), size));
        }
        ContenderKind kind = name.equals("majority") || name.equals("zero-shot") ? ContenderKind.BASELINE : ContenderKind.PEFT;
        return new MethodResult(name, name, Map.of(), kind, Outcome.PASSED, null, kind == ContenderKind.PEFT ? 73_728 : 0,
                accuracy, ciLow, ciHigh, accuracy - 0.05, 3.25, users);
    }

    /**
     * A passed method whose user {@code uN} got the first {@code right[N-1]} of its {@code size}
     * test examples right; accuracy and confidence interval are computed from those users, so
     * two such methods pair user by user and example by example.
     */
    public static MethodResult scored(String name, int size, int... right) {
        List<UserResult> users = new ArrayList<>();
        double[] accuracies = new double[right.length];
        for (int i = 0; i < right.length; i++) {
            users.add(SampleResults.user("u" + (i + 1), right[i], size));
            accuracies[i] = (double) right[i] / size;
        }
        double accuracy = Arrays.stream(accuracies).average().orElseThrow();
        ConfidenceInterval interval = new PercentileBootstrap(PairedStatistics.RESAMPLES, 42)
                .meanInterval(accuracies, PairedStatistics.LEVEL);
        ContenderKind kind = name.equals("majority") ? ContenderKind.BASELINE : ContenderKind.PEFT;
        return new MethodResult(name, name, Map.of(), kind, Outcome.PASSED, null, 0, accuracy, interval.low(),
                interval.high(), accuracy, 1.0, users);
    }

    /** The same method run with other settings. */
    public static MethodResult withSettings(MethodResult method, Map<String, String> settings) {
        return new MethodResult(method.name(), method.contender(), settings, method.kind(), method.status(),
                method.error(), method.trainableParameters(), method.accuracy(), method.ciLow(), method.ciHigh(),
                method.macroF1(), method.seconds(), method.users());
    }

    /** A method that failed with the given error. */
    public static MethodResult failed(String name, String error) {
        return MethodResult.failed(name, name, Map.of(), ContenderKind.PEFT, error, 0.5);
    }

    /** A benchmark with a small binary dataset. */
    public static BenchmarkResult benchmark(String name, MethodResult... methods) {
        return benchmark(name, List.of(), methods);
    }

    /** A benchmark with a small binary dataset and the given engine gate outcomes. */
    public static BenchmarkResult benchmark(String name, List<GateResult> gates, MethodResult... methods) {
        DatasetSummary dataset = new DatasetSummary(5, 300, List.of("Hateful", "Non-hateful"), false, 0.31,
                name.equals("tweeteval") ? "PEFT-U (ChrisIsKing/Parameter-Efficient-Personalization)" : null);
        return new BenchmarkResult(name, SampleResults.configuration(), dataset, List.of(methods), gates);
    }

    /** A benchmark run under the given configuration. */
    public static BenchmarkResult benchmark(String name, BenchmarkConfiguration configuration,
                                            MethodResult... methods) {
        BenchmarkResult plain = benchmark(name, methods);
        return new BenchmarkResult(name, configuration, plain.dataset(), plain.methods(), plain.gates());
    }

    /** A run with fixed metadata. */
    public static RunResults run(BenchmarkResult... benchmarks) {
        return new RunResults(new RunMetadata("cpu", "all-MiniLM-L6-v2",
                Map.of("peftu", "0.1.0-SNAPSHOT", "djl", "0.35.1", "java", "17.0.15"),
                Instant.parse("2025-02-03T14:05:00Z"), 185.4), List.of(benchmarks));
    }
}
