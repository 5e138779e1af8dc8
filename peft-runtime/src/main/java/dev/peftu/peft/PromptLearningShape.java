package dev.peftu.peft;

import dev.peftu.model.Architecture;

/**
 * What HF PEFT's prompt learning configurations record of the virtual tokens and the model they
 * enter: the number of tokens, the token dimension, the attention heads and the layers.
 *
 * @param virtualTokens virtual tokens (>= 1)
 * @param tokenDim the base model's hidden size
 * @param attentionHeads the base model's attention heads
 * @param layers the base model's layers
 */
public record PromptLearningShape(int virtualTokens, int tokenDim, int attentionHeads, int layers) {

    /** The shape of {@code virtualTokens} tokens entering the given base model. */
    static PromptLearningShape of(int virtualTokens, Architecture base) {
        return new PromptLearningShape(virtualTokens, base.hiddenSize(), base.attentionHeads(), base.layers());
    }

    /** Reads the shape back from a prompt learning {@code adapter_config.json}. */
    static PromptLearningShape read(AdapterConfigReader reader) {
        return new PromptLearningShape(reader.positiveInteger(HfAdapterConfig.VIRTUAL_TOKENS),
                reader.positiveInteger("token_dim"), reader.positiveInteger("num_attention_heads"),
                reader.positiveInteger("num_layers"));
    }
}
