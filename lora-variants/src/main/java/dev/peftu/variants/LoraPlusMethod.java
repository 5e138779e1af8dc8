package dev.peftu.variants;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.LoraMethod;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LoRA+ (Hayou et al. 2024), named {@code lora-plus}: LoRA with {@code B} trained at a multiple of
 * {@code A}'s learning rate ({@value #RATIO}, 16 by default, the paper's suggestion and the value of
 * HF PEFT's LoRA+ example), which the paper shows lets the update learn features efficiently in wide
 * models. The forward pass and the stored module are LoRA's.
 */
public final class LoraPlusMethod implements PeftMethod<LoraPlusConfig> {

    /** B's learning rate over A's: a number > 0. */
    public static final String RATIO = "learningRateRatio";

    @Override
    public String name() {
        return "lora-plus";
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>(new LoraMethod().defaults());
        defaults.put(RATIO, "16");
        return defaults;
    }

    @Override
    public LoraPlusConfig configure(Architecture base, MethodSettings settings) {
        return new LoraPlusConfig(LoraMethod.configureLora(base, settings), settings.positive(RATIO));
    }

    @Override
    public LoraPlusConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return LoraPlusConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, LoraPlusConfig config) {
        return LoraMethod.loraParameters(base, config.lora()).stream()
                .map(spec -> spec.key().endsWith(LoraMethod.LORA_B)
                        ? spec.withLearningRateScale(config.learningRateRatio()) : spec)
                .toList();
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, LoraPlusConfig config) {
        return LoraMethod.injection(base, parameters, config.lora(), config.lora().scaling());
    }
}
