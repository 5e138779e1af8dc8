package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
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
    public Config configure(Architecture base, MethodSettings settings) {
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
    public List<ParameterSpec> parameters(Architecture base, Config config) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (LinearSite site : values(base)) {
            specs.add(new ParameterSpec(key(base, site), new long[] {site.outFeatures()}, Initializer.zeros()));
        }
        return specs;
    }

    /** The value projections, by HF PEFT's matching of the target {@code value} or {@code v_proj}. */
    private static List<LinearSite> values(Architecture base) {
        return base.linearSites().stream().filter(site -> TargetModules.matches(base, site, "value")
                || TargetModules.matches(base, site, "v_proj")).toList();
    }

    private static String key(Architecture base, LinearSite site) {
        return HfPeftNames.module(base, site) + ".user_bias";
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, Config config) {
        Architecture architecture = base.architecture();
        List<LinearSite> values = values(architecture);
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!values.contains(site)) {
                    return output;
                }
                return output.add(parameters.perRow(key(architecture, site)).expandDims(1));
            }
        };
    }
}
