package dev.peftu.train;

import dev.peftu.model.HostTensor;
import java.util.Map;

/**
 * One user's trained module: the method's parameters and the classification head, keyed as in
 * {@code adapter_model.safetensors}.
 *
 * @param userId the user
 * @param weights the trained tensors by key
 * @param epochs epochs trained before stopping
 * @param validationLoss the best validation loss reached, or NaN when none was measured (the user has no
 *     validation examples, or training ran a single epoch)
 */
public record TrainedModule(String userId, Map<String, HostTensor> weights, int epochs, double validationLoss) {

    /** Copies the weights map. */
    public TrainedModule {
        weights = Map.copyOf(weights);
    }
}
