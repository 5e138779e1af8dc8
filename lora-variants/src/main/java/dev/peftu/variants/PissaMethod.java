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
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * PiSSA (Meng et al. 2024), named {@code pissa}: LoRA whose {@code A} and {@code B} start at the
 * principal part of each target's frozen weight ({@link PrincipalPart}) while the frozen weight
 * loses that part, so training starts from the pretrained model and adapts its most significant
 * directions. The residual weight {@code W - s B0 A0} is never materialized: the injection
 * subtracts {@code s B0 A0 x}, a rank-r product, from the frozen output. The decomposition runs once
 * per base model and site ({@link FrozenWeights#derived}). Settings and defaults are LoRA's.
 */
public final class PissaMethod implements PeftMethod<PissaConfig> {

    @Override
    public String name() {
        return "pissa";
    }

    @Override
    public Map<String, String> defaults() {
        return new LoraMethod().defaults();
    }

    @Override
    public PissaConfig configure(Architecture base, MethodSettings settings) {
        return new PissaConfig(LoraMethod.configureLora(base, settings));
    }

    @Override
    public PissaConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return PissaConfig.read(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, PissaConfig config) {
        Map<String, ParameterSpec> lora = LoraMethod.loraParameters(base, config.lora()).stream()
                .collect(Collectors.toMap(ParameterSpec::key, spec -> spec));
        List<ParameterSpec> specs = new ArrayList<>();
        for (LinearSite site : TargetModules.resolve(base, config.lora().targetModules())) {
            String module = HfPeftNames.module(base, site);
            specs.add(startedAtPrincipalPart(lora.get(module + LoraMethod.LORA_A), site, config, "-A", PrincipalPart::a));
            specs.add(startedAtPrincipalPart(lora.get(module + LoraMethod.LORA_B), site, config, "-B", PrincipalPart::b));
        }
        return specs;
    }

    /** LoRA's parameter, started at its factor of the site's principal part instead of at random. */
    private static ParameterSpec startedAtPrincipalPart(ParameterSpec spec, LinearSite site, PissaConfig config,
                                                        String factor, Function<PrincipalPart, HostTensor> part) {
        return new ParameterSpec(spec.key(), spec.shape(), Initializer.fromFrozen(site, name(config) + factor,
                frozen -> part.apply(principalPart(frozen, site, config))));
    }

    /** The decomposition's name: it depends on the rank and the scaling, nothing else. */
    private static String name(PissaConfig config) {
        return "pissa-r" + config.lora().r() + "-s" + config.lora().scaling();
    }

    private static PrincipalPart principalPart(FrozenWeights base, LinearSite site, PissaConfig config) {
        return base.derived(site, name(config), s -> PrincipalPart.of(base.hostWeight(s), config.lora().r(),
                config.lora().scaling()));
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, PissaConfig config) {
        Architecture architecture = base.architecture();
        Set<LinearSite> targets = Set.copyOf(TargetModules.resolve(architecture, config.lora().targetModules()));
        NDArray scaling = Scalars.of(parameters.step(), (float) config.lora().scaling());
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!targets.contains(site)) {
                    return output;
                }
                // s B0 A0 x, the principal part the frozen weight gives up: A0^T and s B0^T on the device once
                NDArray[] principal = base.derived(site, name(config) + "-device", s -> {
                    PrincipalPart part = principalPart(base, s, config);
                    NDArray a = base.constant(part.a());
                    NDArray b = base.constant(part.b());
                    return new NDArray[] {a.transpose(), b.transpose().mul((float) config.lora().scaling())};
                });
                NDArray residual = output.sub(input.matMul(principal[0]).matMul(principal[1]));
                NDArray dropped = parameters.dropout(input, config.lora().dropout(), site.modulePath());
                return residual.add(LoraMethod.lowRankUpdate(parameters, architecture, site, dropped, scaling));
            }
        };
    }
}
