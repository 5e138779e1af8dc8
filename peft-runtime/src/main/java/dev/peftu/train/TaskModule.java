package dev.peftu.train;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.ConfiguredMethod;
import java.util.Map;

/**
 * A trained task module held frozen under every user's module (OPPU's two stages): the first
 * stage trains it on everyone's data, the second trains each user's module on top of the base
 * model plus this module. Its method may differ from the users' method.
 *
 * @param method the task module's method with its configuration
 * @param settings its effective settings
 * @param weights its trained tensors by key, classification head included
 * @param fingerprint what determines it, which the users' module fingerprints include
 */
public record TaskModule(ConfiguredMethod<?> method, MethodSettings settings, Map<String, HostTensor> weights,
                         String fingerprint) {

    /** Copies the weights map. */
    public TaskModule {
        weights = Map.copyOf(weights);
    }
}
