package dev.peftu.peft;

import java.util.Map;

/**
 * Prefix tuning's settings, as HF PEFT's {@code PrefixTuningConfig} records them, without the
 * prefix projection (the prefixes are trained directly).
 *
 * @param shape the prefix tokens and the model whose layers they enter
 */
public record PrefixTuningConfig(PromptLearningShape shape) implements PeftConfig {

    private static final String TYPE = "PREFIX_TUNING";

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = HfAdapterConfig.promptLearning(TYPE, shape);
        config.put("prefix_projection", false);
        return config;
    }

    /** Prompt learning: HF PEFT does not wrap the model, so its head's keys start {@code base_model.}. */
    @Override
    public String modelPrefix() {
        return HfPeftNames.PROMPT_LEARNING_MODEL;
    }

    /** Reads the configuration back from its {@code adapter_config.json} content. */
    static PrefixTuningConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, TYPE);
        reader.require("prefix_projection", false);
        return new PrefixTuningConfig(PromptLearningShape.read(reader));
    }
}
