package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.PairedStatistics;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every method of one benchmark compared pairwise with two references: the {@code majority}
 * baseline, and the best baseline (the most accurate passed method of kind
 * {@link ContenderKind#BASELINE} other than the method itself). The statistics are seeded with the
 * benchmark's configured seed, so a report of the same results always shows the same intervals.
 * Comparisons are computed once here and shared by the leaderboard, the benchmark page and its plot.
 */
final class BaselineComparisons {

    /** The name (or contender) of the per-user majority-label baseline. */
    static final String MAJORITY = "majority";

    private final BenchmarkResult benchmark;
    private final PairedStatistics statistics;
    private final Map<String, Difference> vsMajority = new HashMap<>();
    private final Map<String, Difference> vsBestBaseline = new HashMap<>();
    private final Map<List<String>, PairedComparison> made = new HashMap<>();

    private BaselineComparisons(BenchmarkResult benchmark) {
        this.benchmark = benchmark;
        this.statistics = new PairedStatistics(benchmark.configuration().seed());
    }

    /** Compares every method of {@code benchmark} with its references. */
    static BaselineComparisons of(BenchmarkResult benchmark) {
        BaselineComparisons comparisons = new BaselineComparisons(benchmark);
        Optional<MethodResult> majority = comparisons.majority();
        for (MethodResult method : benchmark.methods()) {
            comparisons.vsMajority.put(method.name(), comparisons.compare(method, majority, "no majority baseline ran"));
            comparisons.vsBestBaseline.put(method.name(), comparisons.compare(method,
                    comparisons.bestBaselineOtherThan(method), "no other baseline finished"));
        }
        return comparisons;
    }

    /** The benchmark's best baseline: its most accurate passed baseline, if any passed. */
    Optional<String> bestBaseline() {
        return bestBaselineOtherThan(null).map(MethodResult::name);
    }

    /** The method's paired difference to the majority baseline. */
    Difference vsMajority(String method) {
        return vsMajority.getOrDefault(method, notRun(method));
    }

    /** The method's paired difference to the best baseline other than itself. */
    Difference vsBestBaseline(String method) {
        return vsBestBaseline.getOrDefault(method, notRun(method));
    }

    private Difference notRun(String method) {
        return Difference.none("", method + " did not run on " + benchmark.name());
    }

    /** The method's paired comparison with the best baseline other than itself, when there is one. */
    Optional<PairedComparison> bestBaselineComparison(MethodResult method) {
        return bestBaselineOtherThan(method).map(best -> made.get(List.of(method.name(), best.name())));
    }

    private Optional<MethodResult> majority() {
        return benchmark.method(MAJORITY).or(() -> benchmark.methods().stream()
                .filter(m -> m.contender().equals(MAJORITY)).findFirst());
    }

    private Optional<MethodResult> bestBaselineOtherThan(MethodResult method) {
        return benchmark.methods().stream()
                .filter(m -> m.kind() == ContenderKind.BASELINE && m.passed() && m != method)
                .max(Comparator.comparingDouble(MethodResult::accuracy));
    }

    private Difference compare(MethodResult method, Optional<MethodResult> reference, String withoutReference) {
        if (reference.isEmpty()) {
            return Difference.none("", withoutReference);
        }
        MethodResult other = reference.get();
        if (other == method) {
            return Difference.none(other.name(), method.name() + " is the reference itself");
        }
        if (!method.passed()) {
            return Difference.none(other.name(), method.name() + " failed");
        }
        if (!other.passed()) {
            return Difference.none(other.name(), other.name() + " failed");
        }
        try {
            return Difference.of(made.computeIfAbsent(List.of(method.name(), other.name()),
                    pair -> statistics.compare(method, other)));
        } catch (IllegalArgumentException e) {
            // Results merged from runs that scored different users cannot be paired; say so instead of failing the report.
            return Difference.none(other.name(), e.getMessage());
        }
    }
}
