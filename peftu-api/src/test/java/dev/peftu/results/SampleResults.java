package dev.peftu.results;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Hand-built results for tests: per-user accuracies in, aggregates computed from them. */
public final class SampleResults {

    private SampleResults() {
    }

    /** Test examples per user: accuracies with two decimals are whole counts of right examples. */
    public static final int TEST_SIZE = 100;

    /**
     * A method whose accuracy is the mean of the given per-user accuracies and whose CI spans
     * +-spread. User {@code uN} has {@value #TEST_SIZE} test examples {@code e000...}, the first
     * {@code accuracy * TEST_SIZE} of them right, so two methods differ on a user by the
     * difference of their accuracies.
     */
    public static MethodResult method(String name, ContenderKind kind, double spread, double... userAccuracies) {
        List<UserResult> users = new ArrayList<>();
        double sum = 0;
        for (int i = 0; i < userAccuracies.length; i++) {
            users.add(user("u" + (i + 1), (int) Math.round(userAccuracies[i] * TEST_SIZE), TEST_SIZE));
            sum += userAccuracies[i];
        }
        double mean = sum / userAccuracies.length;
        return new MethodResult(name, name, Map.of(), kind, Outcome.PASSED, null,
                kind == ContenderKind.PEFT ? 1234 : 0, mean, Math.max(0, mean - spread), Math.min(1, mean + spread),
                mean * 0.9, 1.5, users);
    }

    /**
     * A user with {@code size} test examples {@code e000...}, the first {@code right} of them right,
     * and a macro-F1 equal to its accuracy.
     */
    public static UserResult user(String id, int right, int size) {
        Map<String, Boolean> examples = new TreeMap<>();
        for (int e = 0; e < size; e++) {
            examples.put(String.format(Locale.ROOT, "e%03d", e), e < right);
        }
        return UserResult.of(id, examples, (double) right / size);
    }

    /** The configuration of every sample benchmark: seed 42, default epochs, all users. */
    public static BenchmarkConfiguration configuration() {
        return new BenchmarkConfiguration(42, null, null, "all-MiniLM-L6-v2", 128, "sha256:0123abcd");
    }

    /** A benchmark over a small binary dataset holding the given methods. */
    public static BenchmarkResult benchmark(String name, MethodResult... methods) {
        DatasetSummary dataset = new DatasetSummary(4, 120, List.of("Hateful", "Non-hateful"), false, 0.21, null);
        return new BenchmarkResult(name, configuration(), dataset, List.of(methods), List.of());
    }

    /** A run with fixed metadata holding the given benchmarks. */
    public static RunResults run(BenchmarkResult... benchmarks) {
        RunMetadata metadata = new RunMetadata("cpu", "all-MiniLM-L6-v2",
                Map.of("peftu", "0.1.0-SNAPSHOT", "djl", "0.35.1", "java", "17"),
                Instant.parse("2025-01-31T09:30:00Z"), 12.5);
        return new RunResults(metadata, List.of(benchmarks));
    }

    /** A run with one benchmark, {@code tweeteval}, holding a PEFT method, a baseline and a failed method. */
    public static RunResults typicalRun() {
        return run(benchmark("tweeteval",
                method("lora", ContenderKind.PEFT, 0.03, 0.72, 0.60, 0.55, 0.61),
                method("zero-shot", ContenderKind.BASELINE, 0.04, 0.50, 0.60, 0.54, 0.64),
                MethodResult.failed("ia3", "ia3", Map.of(), ContenderKind.PEFT, "out of memory", 0.2)));
    }
}
