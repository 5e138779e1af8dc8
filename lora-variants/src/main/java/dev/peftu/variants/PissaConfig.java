package dev.peftu.variants;

import dev.peftu.peft.AdapterConfigReader;
import dev.peftu.peft.LoraConfig;
import dev.peftu.peft.PeftConfig;
import java.util.Map;

/**
 * PiSSA's settings: LoRA's, stored as HF PEFT stores a module it initialized with
 * {@code init_lora_weights="pissa"}, so that loading it in Python takes the same principal part out
 * of the frozen weights before adding the trained update.
 *
 * @param lora the low-rank update's settings
 */
public record PissaConfig(LoraConfig lora) implements PeftConfig {

    /** HF PEFT's name of the initialization (the exact SVD, not the randomized one). */
    static final String PISSA = "pissa";

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = lora.adapterConfig();
        config.put(LoraConfig.INIT_LORA_WEIGHTS, PISSA);
        return config;
    }

    /** Reads the configuration back; the module must say {@code init_lora_weights: "pissa"}. */
    static PissaConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        reader.require(LoraConfig.INIT_LORA_WEIGHTS, PISSA);
        reader.requireIfPresent(LoraConfig.USE_DORA, false);
        reader.requireIfPresent(LoraConfig.USE_RSLORA, false);
        return new PissaConfig(LoraConfig.read(adapterConfig));
    }
}
