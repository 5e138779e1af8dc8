package dev.peftu.variants;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.LoraMethod;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import java.util.List;
import java.util.Map;

/**
 * rsLoRA (Kalajdzievski 2023), named {@code rslora}: LoRA with the update scaled by
 * {@code alpha / sqrt(r)} instead of {@code alpha / r}, which keeps higher ranks learning. Stored
 * as HF PEFT's {@code use_rslora=True}; settings and defaults are LoRA's.
 */
public final class RsLoraMethod implements PeftMethod<RsLoraConfig> {

    @Override
    public String name() {
        return "rslora";
    }

    @Override
    public Map<String, String> defaults() {
        return new LoraMethod().defaults();
    }

    @Override
    public RsLoraConfig configure(Architecture base, MethodSettings settings) {
        return new RsLoraConfig(LoraMethod.configureLora(base, settings));
    }

    @Override
    public RsLoraConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return RsLoraConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, RsLoraConfig config) {
        return LoraMethod.loraParameters(base, config.lora());
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, RsLoraConfig config) {
        return LoraMethod.injection(base, parameters, config.lora(), config.scaling());
    }
}
