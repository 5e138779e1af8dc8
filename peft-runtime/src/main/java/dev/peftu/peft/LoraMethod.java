package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.BertConfig;
import dev.peftu.model.BertEncoder;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * LoRA (Hu et al. 2021): a trainable low-rank update {@code B A x * alpha / r} beside each
 * target linear layer; {@code A} starts Kaiming-uniform and {@code B} at zero, so training starts
 * from the pretrained model. Defaults are PEFT-U's: r 8, alpha 32, dropout 0.1 on query and value.
 */
public final class LoraMethod implements PeftMethod<LoraConfig> {

    /** Rank of the update: a whole number >= 1. */
    public static final String RANK = "r";
    /** Scaling numerator; the update is scaled by alpha / r. A number > 0. */
    public static final String ALPHA = "alpha";
    /** Dropout on the update's input: a probability in [0, 1). */
    public static final String DROPOUT = "dropout";
    /** Comma-separated target layers by name: query, key, value, attention.output.dense, intermediate.dense, output.dense. */
    public static final String TARGETS = "targets";

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
        defaults.put(TARGETS, "query,value");
        defaults.put(TrainingKeys.LEARNING_RATE, "0.002");
        return defaults;
    }

    @Override
    public LoraConfig configure(BertConfig base, MethodSettings settings) {
        List<String> targets = settings.list(TARGETS);
        boolean allKnown = targets.stream().allMatch(target -> LinearSite.NAMES.stream()
                .anyMatch(name -> new LinearSite(0, name).matches(target)));
        // no target at all would leave only the head training, under LoRA's name
        if (targets.isEmpty() || !allKnown) {
            throw settings.invalid(TARGETS, "one or more linear layers among " + LinearSite.NAMES);
        }
        return new LoraConfig(settings.positiveInteger(RANK), settings.positive(ALPHA),
                settings.probability(DROPOUT), targets);
    }

    @Override
    public LoraConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return LoraConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(BertConfig base, LoraConfig config) {
        int rank = config.r();
        List<ParameterSpec> specs = new ArrayList<>();
        for (LinearSite site : targetSites(base, config.targetModules())) {
            String module = HfPeftNames.module(site);
            int in = site.inFeatures(base);
            specs.add(new ParameterSpec(module + ".lora_A.weight", new long[] {rank, in},
                    Initializer.kaimingUniform(in)));
            specs.add(new ParameterSpec(module + ".lora_B.weight", new long[] {site.outFeatures(base), rank},
                    Initializer.zeros()));
        }
        return specs;
    }

    private static List<LinearSite> targetSites(BertConfig base, List<String> targets) {
        List<LinearSite> sites = new ArrayList<>();
        for (int layer = 0; layer < base.layers(); layer++) {
            for (String name : LinearSite.NAMES) {
                LinearSite site = new LinearSite(layer, name);
                if (targets.stream().anyMatch(site::matches)) {
                    sites.add(site);
                }
            }
        }
        return sites;
    }

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, LoraConfig config) {
        List<String> targets = config.targetModules();
        double dropout = config.dropout();
        float scale = (float) config.scaling();
        NDArray scaling = BertEncoder.scalar(parameters.step(), scale);
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (targets.stream().noneMatch(site::matches)) {
                    return output;
                }
                String module = HfPeftNames.module(site);
                NDArray a = parameters.perGroup(module + ".lora_A.weight");
                NDArray b = parameters.perGroup(module + ".lora_B.weight");
                NDArray dropped = parameters.dropout(input, dropout, site.modulePath());
                NDArray down = parameters.perGroupProduct(dropped, a.transpose(0, 2, 1));
                // scaling the small matrix instead of the update saves a pass over the activations
                return output.add(parameters.perGroupProduct(down, b.transpose(0, 2, 1).mul(scaling)));
            }
        };
    }
}
