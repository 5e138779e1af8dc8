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
 * @param passed whether it held
 * @param message the numbers behind the outcome, or the gate's failure message
 */
public record CheckRow(String benchmark, String subject, String check, boolean passed, String message) {

    static CheckRow of(String benchmark, GateResult gate) {
        return new CheckRow(benchmark, gate.name(), "@Gate", gate.status() == Outcome.PASSED,
                gate.failureMessage().orElse("held"));
    }

    static CheckRow of(GateVerdict verdict) {
        return new CheckRow(verdict.benchmark(), verdict.method(), verdict.check(), verdict.passed(), verdict.message());
    }
}
