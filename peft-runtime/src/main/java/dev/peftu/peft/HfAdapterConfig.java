package dev.peftu.peft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The fields every HF PEFT {@code adapter_config.json} written here shares: what a method's
 * {@link PeftConfig#adapterConfig()} starts from.
 */
public final class HfAdapterConfig {

    /** The field naming the method's type, e.g. {@code LORA}. */
    public static final String PEFT_TYPE = "peft_type";
    /** Prompt learning: the number of virtual tokens. */
    public static final String VIRTUAL_TOKENS = "num_virtual_tokens";

    private HfAdapterConfig() {
    }

    /**
     * Returns the fields every configuration has, in a map the caller adds its own fields to.
     *
     * @param peftType HF PEFT's {@code peft_type}, e.g. {@code LORA}
     */
    public static Map<String, Object> common(String peftType) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(PEFT_TYPE, peftType);
        config.put("task_type", "SEQ_CLS");
        config.put("inference_mode", true);
        config.put("modules_to_save", List.of("classifier"));
        return config;
    }

    /**
     * The fields HF PEFT's prompt learning configs share (prompt tuning, p-tuning, prefix tuning):
     * besides the virtual tokens, the base model's token dimension, heads and layers.
     */
    static Map<String, Object> promptLearning(String peftType, PromptLearningShape shape) {
        Map<String, Object> config = common(peftType);
        config.put(VIRTUAL_TOKENS, shape.virtualTokens());
        config.put("token_dim", shape.tokenDim());
        config.put("num_transformer_submodules", 1);
        config.put("num_attention_heads", shape.attentionHeads());
        config.put("num_layers", shape.layers());
        return config;
    }
}
