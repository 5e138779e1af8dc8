package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * One method's (PEFT method or baseline) result on one benchmark.
 *
 * <p>The accuracy is the mean of the users' accuracies (macro over users) with its 95% bootstrap
 * confidence interval {@code [ciLow, ciHigh]}. A failed method carries the error and no scores.
 *
 * @param name the method's label on the leaderboard, e.g. {@code lora-r4} or {@code majority}
 * @param contender the method or baseline that ran under that label, e.g. {@code lora}
 * @param settings the settings it ran with (its defaults with the declared values applied), by key
 * @param kind whether the method trains a module per user or is a baseline
 * @param status whether the method ran to completion
 * @param error what went wrong, {@code null} for a passed method
 * @param trainableParameters parameters trained per user (0 for baselines that train nothing)
 * @param accuracy mean per-user accuracy in [0, 1]
 * @param ciLow lower bound of the 95% confidence interval of {@code accuracy}
 * @param ciHigh upper bound of the 95% confidence interval of {@code accuracy}
 * @param macroF1 macro-F1 over labels, averaged over users, in [0, 1]
 * @param seconds wall-clock seconds spent training and predicting
 * @param users every user's score
 */
public record MethodResult(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) String contender,
        @JsonProperty(required = true) Map<String, String> settings,
        @JsonProperty(required = true) ContenderKind kind,
        @JsonProperty(required = true) Outcome status,
        String error,
        @JsonProperty(required = true) long trainableParameters,
        @JsonProperty(required = true) double accuracy,
        @JsonProperty(required = true) double ciLow,
        @JsonProperty(required = true) double ciHigh,
        @JsonProperty(required = true) double macroF1,
        @JsonProperty(required = true) double seconds,
        @JsonProperty(required = true) List<UserResult> users) {

    /** Checks ranges, that a failed method says why, and copies the users. */
    public MethodResult {
        Checks.text(name, "name");
        Checks.text(contender, "contender of method " + name);
        settings = Collections.unmodifiableSortedMap(new TreeMap<>(
                Objects.requireNonNull(settings, () -> "settings of method " + name + " are required")));
        Objects.requireNonNull(kind, () -> "kind of method " + name + " is required");
        Objects.requireNonNull(status, () -> "status of method " + name + " is required");
        if (status == Outcome.SKIPPED) {
            throw new IllegalArgumentException("method " + name + " cannot be skipped: it passed or failed");
        }
        if (status == Outcome.FAILED) {
            Checks.text(error, "error of failed method " + name);
        }
        Checks.notNegative(trainableParameters, "trainableParameters");
        Checks.fraction(accuracy, "accuracy");
        Checks.fraction(ciLow, "ciLow");
        Checks.fraction(ciHigh, "ciHigh");
        if (ciLow > ciHigh) {
            throw new IllegalArgumentException(String.format(Locale.ROOT,
                    "ciLow (%s) of method %s must not exceed ciHigh (%s)", ciLow, name, ciHigh));
        }
        Checks.fraction(macroF1, "macroF1");
        Checks.notNegative(seconds, "seconds");
        users = List.copyOf(Objects.requireNonNull(users, () -> "users of method " + name + " are required"));
    }

    /** A method that threw before producing scores. */
    public static MethodResult failed(String name, String contender, Map<String, String> settings, ContenderKind kind,
                                      String error, double seconds) {
        return new MethodResult(name, contender, settings, kind, Outcome.FAILED, error, 0, 0, 0, 0, 0,
                seconds, List.of());
    }

    /** Whether the method ran to completion. */
    public boolean passed() {
        return status == Outcome.PASSED;
    }

    /** The error of a failed method, empty for a passed one. */
    public Optional<String> failure() {
        return Optional.ofNullable(error);
    }

    /** The score of the user with that id, if the method scored that user. */
    public Optional<UserResult> user(String userId) {
        return users.stream().filter(u -> u.user().equals(userId)).findFirst();
    }
}
