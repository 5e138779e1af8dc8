package dev.peftu.peft;

import java.util.Map;

/**
 * P-tuning's settings, as HF PEFT's {@code PromptEncoderConfig} records them for the MLP prompt
 * encoder (two hidden layers, no dropout).
 *
 * @param shape the virtual tokens and the model they enter
 * @param encoderHiddenSize the width of the prompt encoder's hidden layers (>= 1)
 */
public record PTuningConfig(PromptLearningShape shape, int encoderHiddenSize) implements PeftConfig {

    private static final String TYPE = "P_TUNING";
    private static final String HIDDEN_SIZE = "encoder_hidden_size";

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = HfAdapterConfig.promptLearning(TYPE, shape);
        config.put("encoder_reparameterization_type", "MLP");
        config.put(HIDDEN_SIZE, encoderHiddenSize);
        config.put("encoder_num_layers", 2);
        config.put("encoder_dropout", 0.0);
        return config;
    }

    /** Prompt learning: HF PEFT does not wrap the model, so its head's keys start {@code base_model.}. */
    @Override
    public String modelPrefix() {
        return HfPeftNames.PROMPT_LEARNING_MODEL;
    }

    /** Reads the configuration back from its {@code adapter_config.json} content. */
    static PTuningConfig read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, TYPE);
        reader.require("encoder_reparameterization_type", "MLP");
        return new PTuningConfig(PromptLearningShape.read(reader), reader.positiveInteger(HIDDEN_SIZE));
    }
}
