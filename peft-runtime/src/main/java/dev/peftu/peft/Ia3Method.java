package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * IA3 (Liu et al. 2022): learned vectors, starting at one, that rescale the output of each target
 * linear layer, or its input for the feed-forward ones, where HF PEFT's defaults for the base model
 * put them ({@link DefaultTargets#ia3}): on BERT the attention keys and values and the inputs of
 * both output layers; on Llama the keys, values and the input of {@code down_proj}. The fewest
 * parameters of any built-in method that changes the base model.
 */
public final class Ia3Method implements PeftMethod<Ia3Config> {

    private static final String SCALE = ".ia3_l";

    @Override
    public String name() {
        return "ia3";
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(TrainingKeys.LEARNING_RATE, "0.02");
        return defaults;
    }

    @Override
    public Ia3Config configure(Architecture base, MethodSettings settings) {
        return new Ia3Config(DefaultTargets.ia3(base), DefaultTargets.ia3FeedForward(base));
    }

    @Override
    public Ia3Config fromAdapterConfig(Map<String, Object> adapterConfig) {
        return Ia3Config.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, Ia3Config config) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (LinearSite site : TargetModules.resolve(base, config.targetModules())) {
            // a feed-forward module's input is rescaled, [1, in]; any other module's output, [out, 1]
            long[] shape = feedForward(base, site, config) ? new long[] {1, site.inFeatures()}
                    : new long[] {site.outFeatures(), 1};
            specs.add(new ParameterSpec(HfPeftNames.module(base, site) + SCALE, shape, Initializer.ones()));
        }
        return specs;
    }

    private static boolean feedForward(Architecture base, LinearSite site, Ia3Config config) {
        return TargetModules.matchesAny(base, site, config.feedforwardModules());
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, Ia3Config config) {
        Architecture architecture = base.architecture();
        Set<LinearSite> targets = Set.copyOf(TargetModules.resolve(architecture, config.targetModules()));
        return new Injection() {
            @Override
            public NDArray linearInput(LinearSite site, NDArray input) {
                if (!targets.contains(site) || !feedForward(architecture, site, config)) {
                    return input;
                }
                NDArray scale = parameters.perGroup(HfPeftNames.module(architecture, site) + SCALE);
                return parameters.grouped(input).mul(scale).reshape(input.getShape());
            }

            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!targets.contains(site) || feedForward(architecture, site, config)) {
                    return output;
                }
                // [groups, out, 1] -> [groups, 1, out], broadcast over a group's rows and tokens
                NDArray scale = parameters.perGroup(HfPeftNames.module(architecture, site) + SCALE).transpose(0, 2, 1);
                return parameters.grouped(output).mul(scale).reshape(output.getShape());
            }
        };
    }
}
