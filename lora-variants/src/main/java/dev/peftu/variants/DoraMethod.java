package dev.peftu.variants;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import dev.peftu.model.Scalars;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.HfPeftNames;
import dev.peftu.peft.Initializer;
import dev.peftu.peft.LoraMethod;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.TargetModules;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * DoRA (Liu et al. 2024), named {@code dora}: each target's weight is split into a magnitude and a
 * direction; LoRA's update moves the direction and a trained per-output magnitude {@code m} rescales
 * it: {@code y = b + m / ||W + s B A||_row * (W + s B A) x}, the norm taken per output row and
 * treated as a constant in the backward pass (the paper's section 4.3, as HF PEFT does). {@code m}
 * starts at the row norms of the frozen {@code W}, so training starts from the pretrained model.
 * Stored as HF PEFT's {@code use_dora=True} ({@code lora_magnitude_vector} beside {@code lora_A},
 * {@code lora_B}); settings and defaults are LoRA's.
 */
public final class DoraMethod implements PeftMethod<DoraConfig> {

    private static final String MAGNITUDE = ".lora_magnitude_vector";

    @Override
    public String name() {
        return "dora";
    }

    @Override
    public Map<String, String> defaults() {
        return new LoraMethod().defaults();
    }

    @Override
    public DoraConfig configure(Architecture base, MethodSettings settings) {
        return new DoraConfig(LoraMethod.configureLora(base, settings));
    }

    @Override
    public DoraConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return DoraConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, DoraConfig config) {
        List<ParameterSpec> specs = new ArrayList<>(LoraMethod.loraParameters(base, config.lora()));
        for (LinearSite site : TargetModules.resolve(base, config.lora().targetModules())) {
            specs.add(new ParameterSpec(HfPeftNames.module(base, site) + MAGNITUDE, new long[] {site.outFeatures()},
                    Initializer.fromFrozen(site, "dora-magnitude", frozen -> rowNorms(frozen.hostWeight(site)))));
        }
        return specs;
    }

    /** The L2 norm of every row of a {@code [out, in]} weight. */
    static HostTensor rowNorms(HostTensor weight) {
        int out = (int) weight.shape()[0];
        int in = (int) weight.shape()[1];
        float[] norms = new float[out];
        for (int row = 0; row < out; row++) {
            double sum = 0;
            for (int column = 0; column < in; column++) {
                double value = weight.data()[row * in + column];
                sum += value * value;
            }
            norms[row] = (float) Math.sqrt(sum);
        }
        return new HostTensor(new long[] {out}, norms);
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, DoraConfig config) {
        Architecture architecture = base.architecture();
        Set<LinearSite> targets = Set.copyOf(TargetModules.resolve(architecture, config.lora().targetModules()));
        float scale = (float) config.lora().scaling();
        NDArray scaling = Scalars.of(parameters.step(), scale);
        NDArray one = Scalars.of(parameters.step(), 1f);
        boolean dropping = parameters.training() && config.lora().dropout() > 0;
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!targets.contains(site)) {
                    return output;
                }
                String module = HfPeftNames.module(architecture, site);
                NDArray weight = base.weight(site);
                NDArray x = parameters.dropout(input, config.lora().dropout(), site.modulePath());
                NDArray update = LoraMethod.lowRankUpdate(parameters, architecture, site, x, scaling);
                // ||W + s B A|| per output row and user, a constant for the backward pass
                NDArray merged = parameters.perGroup(module + LoraMethod.LORA_B)
                        .matMul(parameters.perGroup(module + LoraMethod.LORA_A)).mul(scaling).add(weight);
                NDArray norm = merged.stopGradient().square().sum(new int[] {2}).sqrt();
                NDArray magnitudeScale = parameters.perGroup(module + MAGNITUDE).div(norm).expandDims(1);
                // W x: of the dropped input while dropout is on, as HF PEFT computes it then
                NDArray frozen = dropping ? x.matMul(weight.transpose())
                        : base.bias(site).map(output::sub).orElse(output);
                NDArray dora = parameters.grouped(frozen).mul(magnitudeScale.sub(one))
                        .add(parameters.grouped(update).mul(magnitudeScale));
                return output.add(dora.reshape(output.getShape()));
            }
        };
    }
}
