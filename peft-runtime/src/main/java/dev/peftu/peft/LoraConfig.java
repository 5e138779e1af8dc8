package dev.peftu.peft;

import java.util.List;
import java.util.Map;

/**
 * LoRA's settings, as HF PEFT's {@code LoraConfig} records them. A variant of LoRA (DoRA, PiSSA,
 * rsLoRA) holds one of these and adds its own fields to {@link #adapterConfig()} and to what
 * {@link #read} reads back.
 *
 * @param r the update's rank (>= 1)
 * @param alpha the scaling numerator; the update is scaled by {@code alpha / r} (> 0)
 * @param dropout dropout on the update's input, in [0, 1)
 * @param targetModules the linear layers adapted, matched as {@link TargetModules} describes
 */
public record LoraConfig(int r, double alpha, double dropout, List<String> targetModules) implements PeftConfig {

    /** HF PEFT's field saying the module is DoRA. */
    public static final String USE_DORA = "use_dora";
    /** HF PEFT's field saying the update is scaled by {@code alpha / sqrt(r)} (rsLoRA). */
    public static final String USE_RSLORA = "use_rslora";
    /** HF PEFT's field saying how {@code A} and {@code B} start: true (the default), or a named scheme such as {@code pissa}. */
    public static final String INIT_LORA_WEIGHTS = "init_lora_weights";

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
        config.put(USE_DORA, false);
        config.put(USE_RSLORA, false);
        config.put(INIT_LORA_WEIGHTS, true);
        return config;
    }

    /**
     * Reads the fields LoRA and its variants share back from an {@code adapter_config.json}
     * content; a variant checks its own fields beside.
     *
     * @param adapterConfig the parsed JSON
     * @return the configuration
     * @throws IllegalArgumentException naming the field that is missing or malformed
     */
    public static LoraConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        return new LoraConfig(reader.positiveInteger("r"),
                reader.number("lora_alpha", Double.MIN_VALUE, Double.POSITIVE_INFINITY, "a number > 0"),
                reader.number("lora_dropout", 0, 1, "a number in [0, 1)"),
                reader.strings("target_modules"));
    }
}
