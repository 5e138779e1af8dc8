package dev.peftu.peft;

import java.util.Map;

/**
 * Prompt tuning's settings, as HF PEFT's {@code PromptTuningConfig} records them, with random
 * initialization of the virtual tokens.
 *
 * @param shape the virtual tokens and the model they enter
 */
public record PromptTuningConfig(PromptLearningShape shape) implements PeftConfig {

    private static final String TYPE = "PROMPT_TUNING";

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = HfAdapterConfig.promptLearning(TYPE, shape);
        config.put("prompt_tuning_init", "RANDOM");
        return config;
    }

    /** Prompt learning: HF PEFT does not wrap the model, so its head's keys start {@code base_model.}. */
    @Override
    public String modelPrefix() {
        return HfPeftNames.PROMPT_LEARNING_MODEL;
    }

    /** Reads the configuration back from its {@code adapter_config.json} content. */
    static PromptTuningConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, TYPE);
        reader.require("prompt_tuning_init", "RANDOM");
        return new PromptTuningConfig(PromptLearningShape.read(reader));
    }
}
