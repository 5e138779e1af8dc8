package dev.peftu.maven.gate;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Compares a run with a baseline run (the plugin's {@code <regression>} configuration): every
 * method that passed in the baseline and ran again is checked for a drop in mean per-user
 * accuracy.
 *
 * <p>A drop is a regression only when it exceeds the tolerance <em>and</em> lies outside the
 * run-to-run noise the 95% confidence intervals show: the current interval ends below the
 * baseline accuracy minus the tolerance, or the two intervals do not overlap. A larger drop whose
 * intervals still overlap is reported as "within noise" and passes. A method that failed now but
 * passed in the baseline is a regression; methods that did not run again are not compared.
 */
public final class RegressionCheck {

    /** Differences below this print as "unchanged" (they round to 0.000). */
    private static final double UNCHANGED = 0.0005;

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

    /** One verdict per method present in both runs, benchmarks and methods in baseline order. */
    public List<GateVerdict> evaluate(RunResults current, RunResults baseline) {
        List<GateVerdict> verdicts = new ArrayList<>();
        for (BenchmarkResult before : baseline.benchmarks()) {
            Optional<BenchmarkResult> now = current.benchmark(before.name());
            if (now.isEmpty()) {
                continue;
            }
            for (MethodResult was : before.methods()) {
                if (was.passed()) {
                    now.get().method(was.name()).ifPresent(is -> verdicts.add(compare(before.name(), was, is)));
                }
            }
        }
        return verdicts;
    }

    private GateVerdict compare(String benchmark, MethodResult was, MethodResult is) {
        String check = "regression (tolerance " + Figures.fraction(tolerance) + ")";
        if (!is.passed()) {
            return new GateVerdict(check, benchmark, is.name(), false,
                    "failed now but passed in the baseline: " + is.error());
        }
        double drop = was.accuracy() - is.accuracy();
        String numbers = Figures.withInterval(is) + " vs baseline " + Figures.withInterval(was);
        if (drop <= tolerance + Figures.EPSILON) {
            String change = Math.abs(drop) < UNCHANGED ? "unchanged"
                    : drop > 0 ? "dropped " + Figures.fraction(drop) + " <= tolerance " + Figures.fraction(tolerance)
                    : "gained " + Figures.fraction(-drop);
            return new GateVerdict(check, benchmark, is.name(), true, change + ": " + numbers);
        }
        boolean belowToleratedLevel = is.ciHigh() < was.accuracy() - tolerance;
        boolean intervalsApart = is.ciHigh() < was.ciLow();
        if (belowToleratedLevel || intervalsApart) {
            return new GateVerdict(check, benchmark, is.name(), false, "dropped " + Figures.fraction(drop)
                    + " > tolerance " + Figures.fraction(tolerance) + " and outside CI: " + numbers);
        }
        return new GateVerdict(check, benchmark, is.name(), true, "within noise: dropped " + Figures.fraction(drop)
                + " but CIs overlap: " + numbers);
    }
}
