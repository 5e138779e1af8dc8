package dev.peftu.variants;

import dev.peftu.peft.AdapterConfigReader;
import dev.peftu.peft.LoraConfig;
import dev.peftu.peft.PeftConfig;
import java.util.Map;

/**
 * LoRA+'s settings: LoRA's and the ratio of {@code B}'s learning rate to {@code A}'s. HF PEFT keeps
 * the ratio in its optimizer, not in the module, so the module is a plain LoRA one that records the
 * ratio in a field of its own ({@value #RATIO_FIELD}), which HF PEFT ignores.
 *
 * @param lora the low-rank update's settings
 * @param learningRateRatio B's learning rate over A's (> 0)
 */
public record LoraPlusConfig(LoraConfig lora, double learningRateRatio) implements PeftConfig {

    /** Where the module records the ratio. */
    static final String RATIO_FIELD = "peftu_loraplus_lr_ratio";

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = lora.adapterConfig();
        config.put(RATIO_FIELD, learningRateRatio);
        return config;
    }

    /** Reads the configuration back from a plain LoRA module that records the ratio. */
    static LoraPlusConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        reader.requireIfPresent(LoraConfig.USE_DORA, false);
        reader.requireIfPresent(LoraConfig.USE_RSLORA, false);
        reader.requireIfPresent(LoraConfig.INIT_LORA_WEIGHTS, true);
        return new LoraPlusConfig(LoraConfig.read(adapterConfig),
                reader.number(RATIO_FIELD, Double.MIN_VALUE, Double.POSITIVE_INFINITY, "a number > 0"));
    }
}
