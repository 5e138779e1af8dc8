package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A PEFT method that exists only in test code, registered through the test class path's
 * {@code META-INF/services/dev.peftu.eval.ContenderProvider}: a trainable per-user bias on every
 * layer's value projection. It shows what a method author writes: the method, its typed
 * configuration, and one services line.
 */
public final class ValueBiasMethod implements PeftMethod<ValueBiasMethod.Config> {

    /**
     * The method's configuration: it has no setting of its own.
     *
     * @param layers the layers whose value projection gets a bias
     */
    public record Config(int layers) implements PeftConfig {

        @Override
        public Map<String, Object> adapterConfig() {
            return Map.of("peft_type", "VALUE_BIAS", "num_layers", layers);
        }
    }

    @Override
    public String name() {
        return "value-bias";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(TrainingKeys.LEARNING_RATE, "0.01");
    }

    @Override
    public Config configure(BertConfig base, MethodSettings settings) {
        return new Config(base.layers());
    }

    @Override
    public Config fromAdapterConfig(Map<String, Object> adapterConfig) {
        if (!"VALUE_BIAS".equals(adapterConfig.get("peft_type"))
                || !(adapterConfig.get("num_layers") instanceof Integer layers)) {
            throw new IllegalArgumentException("adapter_config.json: expected peft_type VALUE_BIAS and num_layers");
        }
        return new Config(layers);
    }

    @Override
    public List<ParameterSpec> parameters(BertConfig base, Config config) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (int layer = 0; layer < config.layers(); layer++) {
            specs.add(new ParameterSpec(key(new LinearSite(layer, LinearSite.VALUE)), new long[] {base.hiddenSize()},
                    Initializer.zeros()));
        }
        return specs;
    }

    private static String key(LinearSite site) {
        return HfPeftNames.module(site) + ".user_bias";
    }

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, Config config) {
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
}
