package dev.peftu.peft;

import java.util.Map;

/**
 * A PEFT method's own settings, parsed and checked once ({@link PeftMethod#configure}) into a
 * typed record that mirrors the method's HF PEFT configuration class. The record writes the
 * module's {@code adapter_config.json} and is read back from one ({@link PeftMethod#fromAdapterConfig}),
 * so a stored module's configuration and the settings that trained it cannot drift apart.
 */
public interface PeftConfig {

    /** Returns the {@code adapter_config.json} content HF PEFT would write for these settings. */
    Map<String, Object> adapterConfig();

    /**
     * Returns how HF PEFT prefixes the keys of the model's own modules (the classification head)
     * for this method: {@value HfPeftNames#MODEL} by default, as for the tuners.
     */
    default String modelPrefix() {
        return HfPeftNames.MODEL;
    }
}
