package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.index.NDIndex;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Prefix tuning (Li and Liang 2021): trainable key and value vectors put before every layer's
 * attention keys and values, so every token can attend to them. Stored as HF PEFT stores
 * prefixes without projection: one {@code [tokens, layers * 2 * keyValueWidth]} tensor, each
 * layer's keys then values ({@code keyValueWidth} is the hidden size unless the model groups its
 * key/value heads). As transformers does with past keys and values, the text's tokens take
 * the positions after the prefix ({@code num_virtual_tokens..}). PEFT-U's default: 20 virtual tokens.
 */
public final class PrefixTuningMethod implements PeftMethod<PrefixTuningConfig> {

    /** Number of prefix tokens per layer: a whole number >= 1. */
    public static final String VIRTUAL_TOKENS = "virtualTokens";

    @Override
    public String name() {
        return "prefix-tuning";
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(VIRTUAL_TOKENS, "20");
        defaults.put(TrainingKeys.LEARNING_RATE, "0.01");
        return defaults;
    }

    @Override
    public PrefixTuningConfig configure(Architecture base, MethodSettings settings) {
        return new PrefixTuningConfig(PromptLearningShape.of(settings.positiveInteger(VIRTUAL_TOKENS), base));
    }

    @Override
    public PrefixTuningConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return PrefixTuningConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, PrefixTuningConfig config) {
        return List.of(new ParameterSpec(PromptTuningMethod.KEY, new long[] {config.shape().virtualTokens(),
                2L * base.layers() * base.keyValueWidth()}, Initializer.normal(1.0)));
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, PrefixTuningConfig config) {
        return new Injection() {
            @Override
            public int positionOffset() {
                return config.shape().virtualTokens();
            }

            @Override
            public NDArray[] attentionPrefix(int layer) {
                NDArray prefixes = parameters.perRow(PromptTuningMethod.KEY);
                long hidden = base.architecture().keyValueWidth();
                long keys = 2L * layer * hidden;
                return new NDArray[] {
                    prefixes.get(new NDIndex(":, :, {}:{}", keys, keys + hidden)),
                    prefixes.get(new NDIndex(":, :, {}:{}", keys + hidden, keys + 2 * hidden))
                };
            }
        };
    }
}
