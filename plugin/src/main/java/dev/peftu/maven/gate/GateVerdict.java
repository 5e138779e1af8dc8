package dev.peftu.maven.gate;

import dev.peftu.stats.PairedComparison;
import java.util.Optional;
import java.util.Objects;

/**
 * The outcome of one check of a run: a rule applied to one method of one benchmark, or the
 * regression comparison of one method with the baseline.
 *
 * @param check what was checked, e.g. {@code minimum 0.700}, {@code beats majority by 0.020} or
 *     {@code regression}
 * @param benchmark the benchmark checked
 * @param method the method checked
 * @param passed whether the check held
 * @param message the numbers behind the outcome
 * @param comparison the paired comparison the check judged (a {@code beats} rule: the method vs its
 *     rival; the regression check: the method now vs in the baseline), or {@code null} for checks
 *     that compare nothing
 */
public record GateVerdict(String check, String benchmark, String method, boolean passed, String message,
                          PairedComparison comparison) {

    /** Checks that every part is present. */
    public GateVerdict {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(benchmark, "benchmark");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(message, "message");
    }

    /** The outcome of a check that compares nothing (a minimum, a missing method). */
    public GateVerdict(String check, String benchmark, String method, boolean passed, String message) {
        this(check, benchmark, method, passed, message, null);
    }

    /** The paired comparison behind the outcome, if the check compared two results. */
    public Optional<PairedComparison> pairedComparison() {
        return Optional.ofNullable(comparison);
    }

    /** One line for build logs: {@code [tweeteval/lora] minimum 0.700: accuracy ...}. */
    public String describe() {
        return "[" + benchmark + "/" + method + "] " + check + ": " + message;
    }
}
