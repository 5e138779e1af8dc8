package dev.peftu.store;

import dev.peftu.model.HostTensor;
import java.util.Map;

/**
 * One user's PEFT module as read back from a {@link ModuleStore}.
 *
 * @param method the PEFT method name, such as {@code lora}
 * @param userId the user the module belongs to
 * @param adapterConfig the content of {@code adapter_config.json}
 * @param weights the tensors of {@code adapter_model.safetensors}, under their PEFT names
 */
public record StoredModule(String method, String userId, Map<String, Object> adapterConfig,
                           Map<String, HostTensor> weights) {
}
