package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * IA3 (Liu et al. 2022): learned vectors that rescale the attention keys and values, and the
 * inputs of the attention output layer and of the feed-forward output layer, of every layer,
 * starting at one: where HF PEFT's default for BERT puts them ({@link Ia3Config#STANDARD}). The
 * fewest parameters of any built-in method that changes the encoder.
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
    public Ia3Config configure(BertConfig base, MethodSettings settings) {
        return Ia3Config.STANDARD;
    }

    @Override
    public Ia3Config fromAdapterConfig(Map<String, Object> adapterConfig) {
        return Ia3Config.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(BertConfig base, Ia3Config config) {
        List<ParameterSpec> specs = new ArrayList<>();
        for (int layer = 0; layer < base.layers(); layer++) {
            for (String name : List.of(LinearSite.KEY, LinearSite.VALUE)) {
                specs.add(new ParameterSpec(HfPeftNames.module(new LinearSite(layer, name)) + SCALE,
                        new long[] {base.hiddenSize(), 1}, Initializer.ones()));
            }
            specs.add(new ParameterSpec(HfPeftNames.module(new LinearSite(layer, LinearSite.ATTENTION_OUTPUT)) + SCALE,
                    new long[] {1, base.hiddenSize()}, Initializer.ones()));
            specs.add(new ParameterSpec(HfPeftNames.module(new LinearSite(layer, LinearSite.OUTPUT)) + SCALE,
                    new long[] {1, base.intermediateSize()}, Initializer.ones()));
        }
        return specs;
    }

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, Ia3Config config) {
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!site.name().equals(LinearSite.KEY) && !site.name().equals(LinearSite.VALUE)) {
                    return output;
                }
                // [groups, hidden, 1] -> [groups, 1, hidden], broadcast over a group's rows and tokens
                NDArray scale = parameters.perGroup(HfPeftNames.module(site) + SCALE).transpose(0, 2, 1);
                return parameters.grouped(output).mul(scale).reshape(output.getShape());
            }

            @Override
            public NDArray attentionContext(int layer, NDArray context) {
                return scaledInput(new LinearSite(layer, LinearSite.ATTENTION_OUTPUT), context);
            }

            @Override
            public NDArray intermediateActivation(int layer, NDArray activation) {
                return scaledInput(new LinearSite(layer, LinearSite.OUTPUT), activation);
            }

            /** A feed-forward module's input times its {@code [1, in]} vector, as HF PEFT scales it. */
            private NDArray scaledInput(LinearSite site, NDArray input) {
                String key = HfPeftNames.module(site) + SCALE;
                return parameters.grouped(input).mul(parameters.perGroup(key)).reshape(input.getShape());
            }
        };
    }
}
