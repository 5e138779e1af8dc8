package dev.peftu.maven.gate;

import dev.peftu.results.NotRunBenchmark;
import dev.peftu.stats.PairedComparison;
import java.util.List;
import java.util.function.Predicate;
import java.util.Optional;
import java.util.Objects;

/**
 * The outcome of one check of a run: a rule applied to one method of one benchmark, or the
 * regression comparison of one method with the baseline; or a configured check that could not be
 * evaluated because the benchmark it applies to produced no results (skipped, or failed to start).
 * A check that was not evaluated has not passed, but does not fail the build by itself: what kept
 * its benchmark from running does.
 *
 * @param check what was checked, e.g. {@code minimum 0.700}, {@code beats majority by 0.020} or
 *     {@code regression}
 * @param benchmark the benchmark checked
 * @param method the method checked
 * @param passed whether the check held (false when it was not evaluated)
 * @param message the numbers behind the outcome, or why the check was not evaluated
 * @param comparison the paired comparison the check judged (a {@code beats} rule: the method vs its
 *     rival; the regression check: the method now vs in the baseline), or {@code null} for checks
 *     that compare nothing
 * @param evaluated whether the check was applied to results at all
 */
public record GateVerdict(String check, String benchmark, String method, boolean passed, String message,
                          PairedComparison comparison, boolean evaluated) {

    /** Checks that every part is present and that a check not evaluated has not passed. */
    public GateVerdict {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(message, "message");
        if (passed && !evaluated) {
            throw new IllegalArgumentException("check " + check + " of " + benchmark + "/" + method
                    + " cannot have passed without being evaluated");
        }
    }

    /** The outcome of an evaluated check, with the paired comparison it judged or {@code null}. */
    public GateVerdict(String check, String benchmark, String method, boolean passed, String message,
                       PairedComparison comparison) {
        this(check, benchmark, method, passed, message, comparison, true);
    }

    /** The outcome of a check that compares nothing (a minimum, a missing method). */
    public GateVerdict(String check, String benchmark, String method, boolean passed, String message) {
        this(check, benchmark, method, passed, message, null);
    }

    /**
     * A configured check that was not evaluated.
     *
     * @param why why not, e.g. {@code benchmark tweeteval failed: ...}
     */
    public static GateVerdict notEvaluated(String check, String benchmark, String method, String why) {
        return new GateVerdict(check, benchmark, method, false, why, null, false);
    }

    /** Not-evaluated verdicts of a check for every benchmark among {@code notRun} that it applies to. */
    static List<GateVerdict> notEvaluated(String check, Predicate<String> appliesTo, String method,
                                          List<NotRunBenchmark> notRun) {
        return notRun.stream().filter(b -> appliesTo.test(b.name()))
                .map(b -> notEvaluated(check, b.name(), method, "benchmark " + b.describe())).toList();
    }

    /** The verdict of a check that had no benchmark to apply to because none produced results. */
    static GateVerdict nothingRan(String check, String benchmarks, String method) {
        return notEvaluated(check, benchmarks, method, "no benchmark produced results");
    }

    /** Whether the check was evaluated and did not hold: a verdict that fails the build. */
    public boolean failed() {
        return evaluated && !passed;
    }

    /** The paired comparison behind the outcome, if the check compared two results. */
    public Optional<PairedComparison> pairedComparison() {
        return Optional.ofNullable(comparison);
    }

    /** One line for build logs: {@code [tweeteval/lora] minimum 0.700: accuracy ...}. */
    public String describe() {
        return "[" + benchmark + "/" + method + "] " + check + ": " + (evaluated ? "" : "not evaluated: ") + message;
    }
}
