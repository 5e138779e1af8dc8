package dev.peftu.peft;

import java.util.List;
import java.util.Map;

/**
 * LoRA's settings, as HF PEFT's {@code LoraConfig} records them.
 *
 * @param r the update's rank (>= 1)
 * @param alpha the scaling numerator; the update is scaled by {@code alpha / r} (> 0)
 * @param dropout dropout on the update's input, in [0, 1)
 * @param targetModules the linear layers adapted, by {@link dev.peftu.model.LinearSite} name
 */
public record LoraConfig(int r, double alpha, double dropout, List<String> targetModules) implements PeftConfig {

    /** Copies the target list. */
    public LoraConfig {
        targetModules = List.copyOf(targetModules);
    }

    /** Returns the factor the low-rank update is scaled by, {@code alpha / r}. */
    public double scaling() {
        return alpha / r;
    }

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = HfAdapterConfig.common("LORA");
        config.put("r", r);
        // HF PEFT's lora_alpha is an int: a whole alpha is written as one
        config.put("lora_alpha", alpha == Math.rint(alpha) && Math.abs(alpha) < Integer.MAX_VALUE ? (Object) (int) alpha
                : (Object) alpha);
        config.put("lora_dropout", dropout);
        config.put("target_modules", targetModules);
        config.put("bias", "none");
        config.put("fan_in_fan_out", false);
        return config;
    }

    /** Reads the configuration back from its {@code adapter_config.json} content. */
    static LoraConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        return new LoraConfig(reader.positiveInteger("r"),
                reader.number("lora_alpha", Double.MIN_VALUE, Double.POSITIVE_INFINITY, "a number > 0"),
                reader.number("lora_dropout", 0, 1, "a number in [0, 1)"),
                reader.strings("target_modules"));
    }
}
