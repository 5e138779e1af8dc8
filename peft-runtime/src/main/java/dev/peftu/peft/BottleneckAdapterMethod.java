package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.nn.Activation;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.LinearSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Bottleneck adapters: a small down-projection, ReLU and up-projection added residually inside
 * chosen sub-layers. The up-projection starts at zero, so training starts from the pretrained
 * model. Subclasses choose where adapters sit and how they meet the residual LayerNorm.
 * HF PEFT has no bottleneck adapter type; keys follow its naming ({@code adapter_down},
 * {@code adapter_up} under the wrapped module) with {@code peft_type} {@code BOTTLENECK}.
 */
public abstract class BottleneckAdapterMethod implements PeftMethod<BottleneckConfig> {

    /** Hidden size divided by the bottleneck width (PEFT-U and AdapterHub: 16); a whole number >= 1. */
    public static final String REDUCTION_FACTOR = "reductionFactor";

    private final String name;
    private final boolean attentionBlock;
    private final boolean afterLayerNorm;

    /**
     * Creates the method.
     *
     * @param name the method's name
     * @param attentionBlock whether an adapter also sits after every attention block (AdapterHub's
     *     {@code mh_adapter}); one always sits after every feed-forward block
     * @param afterLayerNorm whether an adapter takes its input after the pretrained add and
     *     LayerNorm (AdapterHub's {@code original_ln_before}) rather than the linear layer's output
     */
    protected BottleneckAdapterMethod(String name, boolean attentionBlock, boolean afterLayerNorm) {
        this.name = name;
        this.attentionBlock = attentionBlock;
        this.afterLayerNorm = afterLayerNorm;
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(REDUCTION_FACTOR, "16");
        defaults.put(TrainingKeys.LEARNING_RATE, "0.002");
        return defaults;
    }

    @Override
    public BottleneckConfig configure(Architecture base, MethodSettings settings) {
        if (base.generative()) {
            throw new IllegalArgumentException(name + ": bottleneck adapters are supported on BERT-family encoders"
                    + " only (their stored layout is AdapterHub's for BERT), but " + base.modelType()
                    + " is a causal LM; expected lora, ia3, prompt-tuning, prefix-tuning or p-tuning on it");
        }
        int reductionFactor = settings.positiveInteger(REDUCTION_FACTOR);
        List<String> targets = sites(base, 0).stream().map(LinearSite::pathInLayer).toList();
        return new BottleneckConfig(name, reductionFactor, Math.max(1, base.hiddenSize() / reductionFactor), targets,
                attentionBlock, afterLayerNorm);
    }

    @Override
    public BottleneckConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return BottleneckConfig.read(adapterConfig, name, attentionBlock, afterLayerNorm);
    }

    /**
     * Returns the linear sites of a layer whose outputs an adapter follows: the attention block's
     * output layer (when the method has attention adapters) and the feed-forward block's.
     */
    protected final List<LinearSite> sites(Architecture base, int layer) {
        return attentionBlock ? List.of(base.attentionOutput(layer), base.feedForwardOutput(layer))
                : List.of(base.feedForwardOutput(layer));
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, BottleneckConfig config) {
        int width = config.bottleneckSize();
        int hidden = base.hiddenSize();
        List<ParameterSpec> specs = new ArrayList<>();
        for (int layer = 0; layer < base.layers(); layer++) {
            for (LinearSite site : sites(base, layer)) {
                String module = HfPeftNames.module(base, site);
                specs.add(new ParameterSpec(module + ".adapter_down.weight", new long[] {width, hidden},
                        Initializer.kaimingUniform(hidden)));
                specs.add(new ParameterSpec(module + ".adapter_down.bias", new long[] {width}, Initializer.zeros()));
                specs.add(new ParameterSpec(module + ".adapter_up.weight", new long[] {hidden, width},
                        Initializer.zeros()));
                specs.add(new ParameterSpec(module + ".adapter_up.bias", new long[] {hidden}, Initializer.zeros()));
            }
        }
        return specs;
    }

    /**
     * Applies a site's bottleneck to its input: {@code up(relu(down(h)))}, without the residual,
     * each row through its own user's adapter.
     *
     * @param parameters the batch's parameters
     * @param base the base model's architecture
     * @param site the linear layer the adapter belongs to
     * @param input {@code [rows, length, hidden]}
     * @return {@code [rows, length, hidden]}
     */
    protected static NDArray bottleneck(BatchParameters parameters, Architecture base, LinearSite site,
                                        NDArray input) {
        String module = HfPeftNames.module(base, site);
        NDArray down = parameters.perGroup(module + ".adapter_down.weight").transpose(0, 2, 1);
        NDArray downBias = parameters.perRow(module + ".adapter_down.bias").expandDims(1);
        NDArray up = parameters.perGroup(module + ".adapter_up.weight").transpose(0, 2, 1);
        NDArray upBias = parameters.perRow(module + ".adapter_up.bias").expandDims(1);
        NDArray hidden = Activation.relu(parameters.perGroupProduct(input, down).add(downBias));
        return parameters.perGroupProduct(hidden, up).add(upBias);
    }
}
