package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;

/**
 * A benchmark that was discovered but produced no results: skipped (for example because it
 * {@code requires} a configuration parameter that is not set) or unable to start (its dataset could
 * not be read, its spec is malformed).
 *
 * @param name the benchmark's name
 * @param status {@link Outcome#SKIPPED} or {@link Outcome#FAILED}
 * @param reason why, e.g. {@code requires configuration parameter peftu.data}
 */
public record NotRunBenchmark(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Outcome status,
        @JsonProperty(required = true) String reason) {

    /** Checks that every part is present and that the status is not {@link Outcome#PASSED}. */
    public NotRunBenchmark {
        Checks.text(name, "name");
        Objects.requireNonNull(status, "status is required");
        if (status == Outcome.PASSED) {
            throw new IllegalArgumentException("benchmark " + name + " that did not run cannot have passed");
        }
        Checks.text(reason, "reason of benchmark " + name);
    }

    /** One line for build logs: {@code tweeteval skipped: requires ...}. */
    public String describe() {
        return name + " " + status.toString().toLowerCase(java.util.Locale.ROOT) + ": " + reason;
    }
}
