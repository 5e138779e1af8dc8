package dev.peftu.train;

import dev.peftu.eval.MethodSettings;
import java.util.stream.Collectors;

/**
 * Training of a user's module diverged: a training or validation loss came out NaN or infinite.
 * The message names the method, the user, the epoch, the loss and every effective setting, so
 * that the setting to change is in view.
 */
public final class TrainingDivergedException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private TrainingDivergedException(String message) {
        super(message);
    }

    /**
     * Fails when a loss is not a finite number.
     *
     * @param settings the method's effective settings
     * @param userId the user
     * @param epoch the epoch, from 1
     * @param loss which loss, e.g. {@code "training loss"}
     * @param value its value
     * @throws TrainingDivergedException if the value is NaN or infinite
     */
    static void check(MethodSettings settings, String userId, int epoch, String loss, double value) {
        if (Double.isFinite(value)) {
            return;
        }
        String values = settings.asMap().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
        throw new TrainingDivergedException(settings.method() + ": training diverged for user " + userId
                + " in epoch " + epoch + ": " + loss + " " + value + " (" + values + ")");
    }
}
