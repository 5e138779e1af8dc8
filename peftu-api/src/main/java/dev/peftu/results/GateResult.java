package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one gate declared on a benchmark (a {@code @Gate} method of the spec).
 *
 * @param name the gate's name as shown in the JUnit tree and the report
 * @param status whether the gate held
 * @param message why it failed (the assertion message); may be {@code null} for a passed gate
 */
public record GateResult(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) Outcome status,
        String message) {

    /** Checks that a name and status are present and that a failed gate says why. */
    public GateResult {
        Checks.text(name, "name");
        Objects.requireNonNull(status, "status is required");
        if (status == Outcome.FAILED) {
            Checks.text(message, "message of failed gate " + name);
        }
    }

    /** A gate that held. */
    public static GateResult passed(String name) {
        return new GateResult(name, Outcome.PASSED, null);
    }

    /** A gate that did not hold, with the reason. */
    public static GateResult failed(String name, String message) {
        return new GateResult(name, Outcome.FAILED, message);
    }

    /** The failure message, empty for a passed gate. */
    public Optional<String> failureMessage() {
        return Optional.ofNullable(message);
    }
}
