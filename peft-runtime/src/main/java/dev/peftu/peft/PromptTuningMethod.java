package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prompt tuning (Lester et al. 2021): trainable virtual tokens put before every text's word
 * embeddings. Placed as HF PEFT places them for sequence classification (the prompts are
 * concatenated to the word embeddings and the model's embedding layer does the rest): the
 * virtual tokens take positions {@code 0..n-1}, the text's tokens follow at {@code n..}, and all
 * pass through the position and token type embeddings and the embedding LayerNorm. Virtual
 * tokens start as HF PEFT's random {@code nn.Embedding} does, standard normal. PEFT-U's
 * default: 20 virtual tokens.
 */
public final class PromptTuningMethod implements PeftMethod<PromptTuningConfig> {

    /** Number of virtual tokens: a whole number >= 1. */
    public static final String VIRTUAL_TOKENS = "virtualTokens";
    static final String KEY = "prompt_embeddings";

    @Override
    public String name() {
        return "prompt-tuning";
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(VIRTUAL_TOKENS, "20");
        defaults.put(TrainingKeys.LEARNING_RATE, "0.02");
        return defaults;
    }

    @Override
    public PromptTuningConfig configure(Architecture base, MethodSettings settings) {
        return new PromptTuningConfig(PromptLearningShape.of(settings.positiveInteger(VIRTUAL_TOKENS), base));
    }

    @Override
    public PromptTuningConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return PromptTuningConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, PromptTuningConfig config) {
        return List.of(new ParameterSpec(KEY, new long[] {config.shape().virtualTokens(), base.hiddenSize()},
                Initializer.normal(1.0)));
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, PromptTuningConfig config) {
        return new Injection() {
            @Override
            public NDArray virtualTokens(NDArray embeddings) {
                return parameters.perRow(KEY);
            }
        };
    }
}
