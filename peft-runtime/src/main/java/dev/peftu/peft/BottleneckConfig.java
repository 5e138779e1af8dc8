package dev.peftu.peft;

import java.util.List;
import java.util.Map;

/**
 * A bottleneck adapter's settings, with where the adapters sit in AdapterHub's terms (HF PEFT has
 * no bottleneck adapter type).
 *
 * @param adapterName the method's name ({@code adapter} or {@code pfeiffer})
 * @param reductionFactor hidden size divided by the bottleneck width (>= 1)
 * @param bottleneckSize the bottleneck width on the base model
 * @param targetModules the paths inside a layer of the linear layers an adapter follows
 * @param mhAdapter whether an adapter follows the attention block (AdapterHub's {@code mh_adapter})
 * @param originalLnBefore whether an adapter takes its input after the pretrained add and
 *     LayerNorm (AdapterHub's {@code original_ln_before})
 */
public record BottleneckConfig(String adapterName, int reductionFactor, int bottleneckSize,
                               List<String> targetModules, boolean mhAdapter, boolean originalLnBefore)
        implements PeftConfig {

    /** Copies the target list. */
    public BottleneckConfig {
        targetModules = List.copyOf(targetModules);
    }

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = HfAdapterConfig.common("BOTTLENECK");
        config.put("adapter_name", adapterName);
        config.put("reduction_factor", reductionFactor);
        config.put("bottleneck_size", bottleneckSize);
        config.put("non_linearity", "relu");
        config.put("target_modules", targetModules);
        // where the adapters sit, in AdapterHub's terms
        config.put("mh_adapter", mhAdapter);
        config.put("output_adapter", true);
        config.put("original_ln_before", originalLnBefore);
        config.put("original_ln_after", true);
        config.put("residual_before_ln", true);
        return config;
    }

    /**
     * Reads the configuration back from its {@code adapter_config.json} content.
     *
     * @param adapterConfig the parsed JSON
     * @param adapterName the reading method's name, which the stored one must have
     * @param mhAdapter the reading method's attention adapters, which the stored ones must match
     * @param originalLnBefore the reading method's placement, which the stored one must have
     */
    static BottleneckConfig read(Map<String, Object> adapterConfig, String adapterName, boolean mhAdapter,
                                 boolean originalLnBefore) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "BOTTLENECK");
        reader.require("adapter_name", adapterName);
        reader.require("mh_adapter", mhAdapter);
        reader.require("original_ln_before", originalLnBefore);
        return new BottleneckConfig(adapterName, reader.positiveInteger("reduction_factor"),
                reader.positiveInteger("bottleneck_size"), reader.strings("target_modules"), mhAdapter,
                originalLnBefore);
    }
}
