package dev.peftu.maven.gate;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.PairedStatistics;
import dev.peftu.stats.Significance;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Compares a run with a baseline run (the plugin's {@code <regression>} configuration): every
 * method present in both is compared with itself in the baseline, paired over the same users and
 * test examples ({@link PairedStatistics}, seeded with the benchmark's seed; subject: now,
 * reference: the baseline).
 *
 * <p>A drop of the paired mean difference is a regression only when it exceeds the tolerance
 * <em>and</em> it is significantly below zero as {@link Significance} defines it
 * (the whole paired interval below zero and the sign-flip test rejecting at 5%); a larger drop that
 * is not significant passes as "within noise", saying why (the interval includes zero, the
 * p-value, or too few users for any difference to be significant). A method that failed now but passed in
 * the baseline is a regression. Runs that cannot be compared fail instead of passing silently: a
 * benchmark whose configuration (seed, epochs, users limit, base model, maximum length, dataset)
 * differs from the baseline's, a method whose contender or effective settings differ, and a run
 * that has no benchmark and method in common with the baseline at all. A benchmark of the baseline
 * that produced no results now (skipped, or failed to start) is reported as not evaluated.
 */
public final class RegressionCheck {

    /** Differences below this print as "unchanged" (they round to 0.000). */
    private static final double UNCHANGED = 0.0005;

    private static final String RECORD_AGAIN = "; if the change is intended, record a new baseline with mvn peftu:baseline";

    private final double tolerance;

    /**
     * A check allowing drops up to {@code tolerance} (0.01 is one point of accuracy).
     *
     * @throws IllegalArgumentException when the tolerance is not in [0, 1]
     */
    public RegressionCheck(double tolerance) {
        if (!(tolerance >= 0 && tolerance <= 1)) {
            throw new IllegalArgumentException("<tolerance> must be a fraction in [0, 1] (0.01 for one point) but was "
                    + tolerance);
        }
        this.tolerance = tolerance;
    }

    /**
     * One verdict per method present in both runs (benchmarks and methods in baseline order), one
     * failed verdict per benchmark whose configuration differs, one not-evaluated verdict per
     * benchmark of the baseline that produced no results now, or a single failed verdict when the
     * runs have nothing in common (not evaluated when no benchmark produced results).
     */
    public List<GateVerdict> evaluate(RunResults current, RunResults baseline) {
        List<GateVerdict> verdicts = new ArrayList<>();
        for (BenchmarkResult before : baseline.benchmarks()) {
            current.benchmark(before.name()).ifPresent(now -> verdicts.addAll(compare(before, now)));
        }
        verdicts.addAll(GateVerdict.notEvaluated(check(), name -> baseline.benchmark(name).isPresent(), "*",
                current.notRun()));
        if (verdicts.isEmpty() && current.benchmarks().isEmpty()) {
            verdicts.add(GateVerdict.nothingRan(check(), "*", "*"));
        } else if (verdicts.isEmpty()) {
            verdicts.add(new GateVerdict(check(), "*", "*", false, "nothing to compare with the baseline: it holds "
                    + contents(baseline) + ", this run holds " + contents(current) + RECORD_AGAIN));
        }
        return verdicts;
    }

    private List<GateVerdict> compare(BenchmarkResult before, BenchmarkResult now) {
        Map<String, String> differences = now.configuration().differencesFrom(before.configuration());
        if (!differences.isEmpty()) {
            return List.of(new GateVerdict(check(), now.name(), "*", false,
                    "cannot compare with the baseline: the benchmark ran with another configuration ("
                            + listed(differences) + ", now vs baseline)" + RECORD_AGAIN));
        }
        PairedStatistics statistics = new PairedStatistics(now.configuration().seed());
        List<GateVerdict> verdicts = new ArrayList<>();
        for (MethodResult was : before.methods()) {
            Optional<MethodResult> is = now.method(was.name());
            if (is.isPresent() && was.passed()) {
                verdicts.add(compare(statistics, now.name(), was, is.get()));
            }
        }
        return verdicts;
    }

    private GateVerdict compare(PairedStatistics statistics, String benchmark, MethodResult was, MethodResult is) {
        Optional<String> changed = changedSetup(was, is);
        if (changed.isPresent()) {
            return new GateVerdict(check(), benchmark, is.name(), false,
                    "cannot compare with the baseline: " + changed.get() + RECORD_AGAIN);
        }
        if (!is.passed()) {
            return new GateVerdict(check(), benchmark, is.name(), false,
                    "failed now but passed in the baseline: " + is.error());
        }
        PairedComparison comparison;
        try {
            comparison = statistics.compare(is, was);
        } catch (IllegalArgumentException e) {
            return new GateVerdict(check(), benchmark, is.name(), false, "cannot compare with the baseline: "
                    + e.getMessage() + RECORD_AGAIN);
        }
        return judge(benchmark, is.name(), comparison);
    }

    private GateVerdict judge(String benchmark, String method, PairedComparison comparison) {
        double drop = -comparison.meanDifference();
        String numbers = "now vs baseline " + comparison.describe();
        Significance significance = comparison.significance(0);
        if (drop > tolerance + Figures.EPSILON && significance.below()) {
            return new GateVerdict(check(), benchmark, method, false, "dropped " + Figures.fraction(drop)
                    + " > tolerance " + Figures.fraction(tolerance) + ", significantly (the paired interval lies below"
                    + " zero, " + significance.describe() + "): " + numbers, comparison);
        }
        String outcome;
        if (drop > tolerance + Figures.EPSILON) {
            outcome = "within noise: dropped " + Figures.fraction(drop) + " > tolerance " + Figures.fraction(tolerance)
                    + " but not significantly (" + (significance.intervalBelow()
                            ? significance.describe() : "the paired interval includes zero") + ")";
        } else if (Math.abs(drop) < UNCHANGED) {
            outcome = "unchanged";
        } else if (drop > 0) {
            outcome = "dropped " + Figures.fraction(drop) + " <= tolerance " + Figures.fraction(tolerance);
        } else {
            outcome = "gained " + Figures.fraction(-drop);
        }
        return new GateVerdict(check(), benchmark, method, true, outcome + ": " + numbers, comparison);
    }

    /** What differs in how the method was set up between the baseline and now, if anything. */
    private static Optional<String> changedSetup(MethodResult was, MethodResult is) {
        if (!was.contender().equals(is.contender())) {
            return Optional.of("the method is " + is.contender() + " now but was " + was.contender() + " in the baseline");
        }
        Map<String, String> differences = new TreeMap<>();
        for (String key : union(was.settings(), is.settings())) {
            String now = is.settings().get(key);
            String then = was.settings().get(key);
            if (!Objects.equals(now, then)) {
                differences.put(key, (now == null ? "(unset)" : now) + " vs " + (then == null ? "(unset)" : then));
            }
        }
        return differences.isEmpty() ? Optional.empty()
                : Optional.of("the method's settings differ (" + listed(differences) + ", now vs baseline)");
    }

    private static Set<String> union(Map<String, String> a, Map<String, String> b) {
        Set<String> keys = new TreeSet<>(a.keySet());
        keys.addAll(b.keySet());
        return keys;
    }

    private static String listed(Map<String, String> differences) {
        List<String> parts = new ArrayList<>();
        differences.forEach((key, values) -> parts.add(key + ": " + values));
        return String.join(", ", parts);
    }

    private static String contents(RunResults run) {
        if (run.benchmarks().isEmpty()) {
            return "no benchmark";
        }
        List<String> parts = new ArrayList<>();
        for (BenchmarkResult benchmark : run.benchmarks()) {
            parts.add(benchmark.name() + " " + benchmark.methods().stream().map(MethodResult::name).toList());
        }
        return String.join(", ", parts);
    }

    private String check() {
        return "regression (tolerance " + Figures.fraction(tolerance) + ")";
    }
}
