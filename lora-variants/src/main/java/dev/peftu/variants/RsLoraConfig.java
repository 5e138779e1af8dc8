package dev.peftu.variants;

import dev.peftu.peft.AdapterConfigReader;
import dev.peftu.peft.LoraConfig;
import dev.peftu.peft.PeftConfig;
import java.util.Map;

/**
 * rsLoRA's settings: LoRA's, stored as HF PEFT stores them with {@code use_rslora: true}, which
 * scales the update by {@code alpha / sqrt(r)}.
 *
 * @param lora the low-rank update's settings
 */
public record RsLoraConfig(LoraConfig lora) implements PeftConfig {

    /** Returns the factor the update is scaled by, {@code alpha / sqrt(r)}. */
    public double scaling() {
        return lora.alpha() / Math.sqrt(lora.r());
    }

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = lora.adapterConfig();
        config.put(LoraConfig.USE_RSLORA, true);
        return config;
    }

    /** Reads the configuration back; the module must say {@code use_rslora: true}. */
    static RsLoraConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        reader.require(LoraConfig.USE_RSLORA, true);
        reader.requireIfPresent(LoraConfig.USE_DORA, false);
        reader.requireIfPresent(LoraConfig.INIT_LORA_WEIGHTS, true);
        return new RsLoraConfig(LoraConfig.read(adapterConfig));
    }
}
