package dev.peftu.maven.report;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.results.GateResult;
import dev.peftu.results.Outcome;

/**
 * One line of the report's gates table: a spec's {@code @Gate} or a build rule or regression check.
 *
 * @param benchmark the benchmark checked
 * @param subject the method checked, or the gate's name
 * @param check what was demanded, e.g. {@code @Gate}, {@code minimum 0.700}, {@code regression ...}
 * @param passed whether it held (false when it was not evaluated)
 * @param evaluated whether it was applied at all: a configured check on a benchmark that produced
 *     no results was not
 * @param message the numbers behind the outcome, the gate's failure message, or why the check was
 *     not evaluated
 * @param paired the paired comparison the check judged (a {@code beats} rule: the method vs its
 *     rival; a regression check: the method now vs in the baseline run), state {@code none} when it
 *     compared nothing
 * @param detectable for a regression check with a comparison, the smallest drop it can tell from
 *     noise ({@link DetectableDrop#phrase}), e.g. {@code detects drops over 4.3 points}, else empty
 */
public record CheckRow(String benchmark, String subject, String check, boolean passed, boolean evaluated,
        String message, Difference paired, String detectable) {

    /** The prefix of the regression check's {@link GateVerdict#check()}. */
    static final String REGRESSION = "regression";

    static CheckRow of(String benchmark, GateResult gate) {
        return new CheckRow(benchmark, gate.name(), "@Gate", gate.status() == Outcome.PASSED, true,
                gate.failureMessage().orElse("held"), Difference.none("", ""), "");
    }

    static CheckRow of(GateVerdict verdict) {
        Difference paired = verdict.pairedComparison().map(Difference::of).orElse(Difference.none("", ""));
        String detectable = isRegression(verdict)
                ? verdict.pairedComparison().map(DetectableDrop::phrase).orElse("") : "";
        return new CheckRow(verdict.benchmark(), verdict.method(), verdict.check(), verdict.passed(),
                verdict.evaluated(), verdict.message(), paired, detectable);
    }

    /** Whether the check was evaluated and did not hold. */
    public boolean failed() {
        return evaluated && !passed;
    }

    /** Whether the verdict is the regression check's, which compares a method now with the baseline run. */
    static boolean isRegression(GateVerdict verdict) {
        return verdict.check().startsWith(REGRESSION);
    }
}
