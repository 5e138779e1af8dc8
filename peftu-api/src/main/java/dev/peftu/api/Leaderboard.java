package dev.peftu.api;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.MethodResult;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.PairedStatistics;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The finished results of one benchmark as {@link Gate} methods see them: every method's
 * accuracy with its confidence interval, per-user scores and the dataset summary. Assert on it
 * with {@link PeftuAssertions#assertThat(Leaderboard)}.
 */
public final class Leaderboard {

    private final BenchmarkResult result;

    private Leaderboard(BenchmarkResult result) {
        this.result = Objects.requireNonNull(result, "result");
    }

    /** A read view over one benchmark's result. */
    public static Leaderboard of(BenchmarkResult result) {
        return new Leaderboard(result);
    }

    /** The benchmark's name. */
    public String benchmark() {
        return result.name();
    }

    /** What the methods ran on. */
    public DatasetSummary dataset() {
        return result.dataset();
    }

    /** Every method's result, in the order they ran. */
    public List<MethodResult> methods() {
        return result.methods();
    }

    /** The names of every method, in the order they ran. */
    public List<String> methodNames() {
        return result.methods().stream().map(MethodResult::name).toList();
    }

    /** The result of the method with that name, if it ran. */
    public Optional<MethodResult> findMethod(String name) {
        return result.method(name);
    }

    /**
     * The result of the method with that name.
     *
     * @throws IllegalArgumentException naming the known methods when none has that name
     */
    public MethodResult method(String name) {
        return findMethod(name).orElseThrow(() -> new IllegalArgumentException(
                "benchmark " + benchmark() + " has no method " + name + "; its methods are " + methodNames()));
    }

    /** The methods that ran to completion, most accurate first (ties keep run order). */
    public List<MethodResult> ranking() {
        return result.methods().stream().filter(MethodResult::passed)
                .sorted(Comparator.comparingDouble(MethodResult::accuracy).reversed()).toList();
    }

    /**
     * The paired comparison of two methods of this benchmark on the same users and test examples,
     * seeded with the benchmark's seed.
     *
     * @throws IllegalArgumentException when either method is unknown or failed
     */
    public PairedComparison compare(String subject, String reference) {
        return new PairedStatistics(result.configuration().seed()).compare(method(subject), method(reference));
    }

    /** The methods that failed, in run order. */
    public List<MethodResult> failedMethods() {
        return result.methods().stream().filter(m -> !m.passed()).toList();
    }

    /** The underlying result. */
    public BenchmarkResult result() {
        return result;
    }

    @Override
    public String toString() {
        return "Leaderboard[" + benchmark() + ": " + methodNames() + "]";
    }
}
