package dev.peftu.variants;

import dev.peftu.peft.AdapterConfigReader;
import dev.peftu.peft.LoraConfig;
import dev.peftu.peft.PeftConfig;
import java.util.Map;

/**
 * DoRA's settings: LoRA's, stored as HF PEFT stores a DoRA module ({@code use_dora: true}).
 *
 * @param lora the low-rank update's settings
 */
public record DoraConfig(LoraConfig lora) implements PeftConfig {

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = lora.adapterConfig();
        config.put(LoraConfig.USE_DORA, true);
        return config;
    }

    /** Reads the configuration back; the module must say {@code use_dora: true}. */
    static DoraConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        reader.require(LoraConfig.USE_DORA, true);
        reader.requireIfPresent(LoraConfig.USE_RSLORA, false);
        reader.requireIfPresent(LoraConfig.INIT_LORA_WEIGHTS, true);
        return new DoraConfig(LoraConfig.read(adapterConfig));
    }
}
