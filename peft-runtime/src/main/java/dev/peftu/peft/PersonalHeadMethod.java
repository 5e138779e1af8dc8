package dev.peftu.peft;

import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
import java.util.List;
import java.util.Map;

/**
 * A personal head, named {@code head}: the encoder stays exactly as pretrained and only the
 * user's classification head over its mean-pooled output trains. The cheapest personalization,
 * and the floor every method that changes the encoder should beat.
 */
public final class PersonalHeadMethod implements PeftMethod {

    @Override
    public String name() {
        return "head";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of();
    }

    @Override
    public List<ParameterSpec> parameters(BertConfig base, MethodSettings settings) {
        return List.of();
    }

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, MethodSettings settings) {
        return Injection.NONE;
    }

    @Override
    public Map<String, Object> adapterConfig(BertConfig base, MethodSettings settings) {
        return HfAdapterConfig.common("HEAD_ONLY");
    }

    @Override
    public boolean changesEncoder() {
        return false;
    }
}
