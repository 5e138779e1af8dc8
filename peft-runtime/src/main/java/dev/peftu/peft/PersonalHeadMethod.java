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
