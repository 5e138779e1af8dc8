package dev.peftu.peft;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import java.util.List;
import java.util.Map;

/**
 * A personal head, named {@code head}: the base model stays exactly as pretrained and only the
 * user's classification head over its pooled output trains. The cheapest personalization, and
 * the floor every method that changes the base model should beat.
 */
public final class PersonalHeadMethod implements PeftMethod<HeadConfig> {

    @Override
    public String name() {
        return "head";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of();
    }

    @Override
    public HeadConfig configure(Architecture base, MethodSettings settings) {
        if (base.generative()) {
            throw new IllegalArgumentException(name() + ": a personal classification head needs an encoder base model,"
                    + " but " + base.modelType() + " is a causal LM, which scores labels by the likelihood of their"
                    + " words after a prompt and has no head to train; expected lora, ia3, prompt-tuning,"
                    + " prefix-tuning or p-tuning on it");
        }
        return new HeadConfig();
    }

    @Override
    public HeadConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return HeadConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, HeadConfig config) {
        return List.of();
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, HeadConfig config) {
        return Injection.NONE;
    }

    @Override
    public boolean changesBaseModel() {
        return false;
    }
}
