package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PEFT method that exists only in test code, registered through the test class path's
 * {@code META-INF/services}: a trainable per-user bias on every layer's value projection. It
 * shows what a method author writes: one class and one services line.
 */
public final class ValueBiasMethod implements PeftMethod {

    @Override
    public String name() {
        return "value-bias";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(TrainingKeys.LEARNING_RATE, "0.01");
    }

    @Override
    public List<ParameterSpec> parameters(BertConfig base, MethodSettings settings) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (int layer = 0; layer < base.layers(); layer++) {
            specs.add(new ParameterSpec(key(new LinearSite(layer, LinearSite.VALUE)), new long[] {base.hiddenSize()},
                    Initializer.zeros()));
        }
        return specs;
    }

    private static String key(LinearSite site) {
        return HfPeftNames.module(site) + ".user_bias";
    }

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, MethodSettings settings) {
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!site.name().equals(LinearSite.VALUE)) {
                    return output;
                }
                return output.add(parameters.perRow(key(site)).expandDims(1));
            }
        };
    }

    @Override
    public Map<String, Object> adapterConfig(BertConfig base, MethodSettings settings) {
        return Map.of("peft_type", "VALUE_BIAS");
    }
}
