package dev.peftu.results;

import dev.peftu.results.ContenderKind;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Hand-built results for tests: per-user accuracies in, aggregates computed from them. */
public final class SampleResults {

    private SampleResults() {
    }

    /** A method whose accuracy is the mean of the given per-user accuracies and whose CI spans +-spread. */
    public static MethodResult method(String name, ContenderKind kind, double spread, double... userAccuracies) {
        List<UserResult> users = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < userAccuracies.length; i++) {
            users.add(new UserResult("u" + (i + 1), userAccuracies[i], 10));
            sum += userAccuracies[i];
        }
        double mean = sum / userAccuracies.length;
        return new MethodResult(name, kind, Outcome.PASSED, null, kind == ContenderKind.PEFT ? 1234 : 0,
                mean, Math.max(0, mean - spread), Math.min(1, mean + spread), mean * 0.9, 1.5, users);
    }

    /** A benchmark over a small binary dataset holding the given methods. */
    public static BenchmarkResult benchmark(String name, MethodResult... methods) {
        DatasetSummary dataset = new DatasetSummary(4, 120, List.of("Hateful", "Non-hateful"), false, 0.21, null);
        return new BenchmarkResult(name, dataset, List.of(methods), List.of());
    }

    /** A run with fixed metadata holding the given benchmarks. */
    public static RunResults run(BenchmarkResult... benchmarks) {
        RunMetadata metadata = new RunMetadata(42, "cpu", "all-MiniLM-L6-v2",
                Map.of("peftu", "0.1.0-SNAPSHOT", "djl", "0.35.1", "java", "17"),
                Instant.parse("2025-01-31T09:30:00Z"), 12.5);
        return new RunResults(metadata, List.of(benchmarks));
    }

    /** A run with one benchmark, {@code tweeteval}, holding a PEFT method, a baseline and a failed method. */
    public static RunResults typicalRun() {
        return run(benchmark("tweeteval",
                method("lora", ContenderKind.PEFT, 0.03, 0.72, 0.60, 0.55, 0.61),
                method("zero-shot", ContenderKind.BASELINE, 0.04, 0.50, 0.60, 0.54, 0.64),
                MethodResult.failed("ia3", ContenderKind.PEFT, "out of memory", 0.2)));
    }
}
