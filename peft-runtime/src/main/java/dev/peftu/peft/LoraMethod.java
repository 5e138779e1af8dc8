package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import dev.peftu.model.Scalars;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * LoRA (Hu et al. 2021): a trainable low-rank update {@code B A x * alpha / r} beside each
 * target linear layer; {@code A} starts Kaiming-uniform and {@code B} at zero, so training starts
 * from the pretrained model. Defaults are PEFT-U's: r 8, alpha 32, dropout 0.1, on HF PEFT's default
 * targets for the base model (query and value on BERT, {@code q_proj} and {@code v_proj} on Llama).
 * Variants of LoRA reuse its parts: {@link #loraParameters} and {@link #lowRankUpdate}.
 */
public final class LoraMethod implements PeftMethod<LoraConfig> {

    /** Rank of the update: a whole number >= 1. */
    public static final String RANK = "r";
    /** Scaling numerator; the update is scaled by alpha / r. A number > 0. */
    public static final String ALPHA = "alpha";
    /** Dropout on the update's input: a probability in [0, 1). */
    public static final String DROPOUT = "dropout";
    /**
     * Comma-separated target layers, matched as {@link TargetModules} describes (e.g. query,value or
     * q_proj,v_proj), or auto for HF PEFT's defaults on the base model ({@link DefaultTargets#lora}).
     */
    public static final String TARGETS = "targets";
    /** The end of the key of a site's {@code A} ({@code [r, in]}). */
    public static final String LORA_A = ".lora_A.weight";
    /** The end of the key of a site's {@code B} ({@code [out, r]}). */
    public static final String LORA_B = ".lora_B.weight";

    @Override
    public String name() {
        return "lora";
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(RANK, "8");
        defaults.put(ALPHA, "32");
        defaults.put(DROPOUT, "0.1");
        defaults.put(TARGETS, TrainingKeys.AUTO);
        defaults.put(TrainingKeys.LEARNING_RATE, "0.002");
        return defaults;
    }

    @Override
    public LoraConfig configure(Architecture base, MethodSettings settings) {
        return configureLora(base, settings);
    }

    /**
     * Reads the settings LoRA and its variants share ({@link #RANK}, {@link #ALPHA},
     * {@link #DROPOUT}, {@link #TARGETS}).
     *
     * @param base the base model's architecture
     * @param settings the settings
     * @return LoRA's configuration
     */
    public static LoraConfig configureLora(Architecture base, MethodSettings settings) {
        List<String> targets = TargetModules.setting(settings, TARGETS, base, DefaultTargets.lora(base));
        return new LoraConfig(settings.positiveInteger(RANK), settings.positive(ALPHA),
                settings.probability(DROPOUT), targets);
    }

    @Override
    public LoraConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        LoraConfig config = LoraConfig.read(adapterConfig);
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "LORA");
        // a variant's module is not plain LoRA's
        reader.requireIfPresent(LoraConfig.USE_DORA, false);
        reader.requireIfPresent(LoraConfig.USE_RSLORA, false);
        reader.requireIfPresent(LoraConfig.INIT_LORA_WEIGHTS, true);
        return config;
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, LoraConfig config) {
        return loraParameters(base, config);
    }

    /**
     * Declares {@code A} ({@code [r, in]}, Kaiming-uniform) and {@code B} ({@code [out, r]}, zeros)
     * for every target site, in forward order.
     *
     * @param base the base model's architecture
     * @param config the configuration
     * @return the parameters
     */
    public static List<ParameterSpec> loraParameters(Architecture base, LoraConfig config) {
        int rank = config.r();
        List<ParameterSpec> specs = new ArrayList<>();
        for (LinearSite site : TargetModules.resolve(base, config.targetModules())) {
            String module = HfPeftNames.module(base, site);
            specs.add(new ParameterSpec(module + LORA_A, new long[] {rank, site.inFeatures()},
                    Initializer.kaimingUniform(site.inFeatures())));
            specs.add(new ParameterSpec(module + LORA_B, new long[] {site.outFeatures(), rank}, Initializer.zeros()));
        }
        return specs;
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, LoraConfig config) {
        return injection(base, parameters, config, config.scaling());
    }

    /**
     * Returns LoRA's injection with the update scaled by a given factor: what a variant that only
     * scales differently (rsLoRA's {@code alpha / sqrt(r)}) attaches.
     *
     * @param base the base model's frozen weights
     * @param parameters the batch's parameters
     * @param config the configuration, for the targets and the dropout
     * @param scale the factor of the update {@code B A x}
     * @return the injection
     */
    public static Injection injection(FrozenWeights base, BatchParameters parameters, LoraConfig config,
                                      double scale) {
        Architecture architecture = base.architecture();
        Set<LinearSite> targets = Set.copyOf(TargetModules.resolve(architecture, config.targetModules()));
        NDArray scaling = Scalars.of(parameters.step(), (float) scale);
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!targets.contains(site)) {
                    return output;
                }
                NDArray dropped = parameters.dropout(input, config.dropout(), site.modulePath());
                return output.add(lowRankUpdate(parameters, architecture, site, dropped, scaling));
            }
        };
    }

    /**
     * Returns a site's low-rank update of a batch, {@code scaling * B A x}, each row through its own
     * user's {@code A} and {@code B}.
     *
     * @param parameters the batch's parameters
     * @param base the base model's architecture
     * @param site the site
     * @param input the site's input (after dropout), {@code [rows, length, in]}
     * @param scaling a scalar on the step's manager
     * @return {@code [rows, length, out]}
     */
    public static NDArray lowRankUpdate(BatchParameters parameters, Architecture base, LinearSite site,
                                        NDArray input, NDArray scaling) {
        String module = HfPeftNames.module(base, site);
        NDArray a = parameters.perGroup(module + LORA_A);
        NDArray b = parameters.perGroup(module + LORA_B);
        NDArray down = parameters.perGroupProduct(input, a.transpose(0, 2, 1));
        // scaling the small matrix instead of the update saves a pass over the activations
        return parameters.perGroupProduct(down, b.transpose(0, 2, 1).mul(scaling));
    }
}
