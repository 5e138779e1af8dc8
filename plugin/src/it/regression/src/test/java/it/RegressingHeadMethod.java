package it;

import ai.djl.ndarray.NDArray;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftConfig;
import dev.peftu.peft.PeftMethod;
import java.util.List;
import java.util.Map;

/**
 * A personal head (no encoder parameters) whose prediction path has a bug when the JVM runs with
 * {@code -Dit.simulateCodeRegression=true}: the last layer's feed-forward output is swamped by a
 * fixed vector, so every text looks alike to the head trained on clean embeddings. Its settings
 * stay the same either way, as they would across a code change.
 */
public final class RegressingHeadMethod implements PeftMethod<RegressingHeadMethod.Config> {

    /** The method's configuration: it has no setting. */
    public record Config() implements PeftConfig {

        @Override
        public Map<String, Object> adapterConfig() {
            return Map.of("peft_type", "REGRESSING_HEAD");
        }
    }

    @Override
    public String name() {
        return "regressing-head";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of();
    }

    @Override
    public Config configure(Architecture base, MethodSettings settings) {
        return new Config();
    }

    @Override
    public Config fromAdapterConfig(Map<String, Object> adapterConfig) {
        if (!"REGRESSING_HEAD".equals(adapterConfig.get("peft_type"))) {
            throw new IllegalArgumentException("adapter_config.json: field peft_type: expected REGRESSING_HEAD");
        }
        return new Config();
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, Config config) {
        return List.of();
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, Config config) {
        if (parameters.training() || !Boolean.getBoolean("it.simulateCodeRegression")) {
            return Injection.NONE;
        }
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                if (!site.equals(base.architecture().feedForwardOutput(base.architecture().layers() - 1))) {
                    return output;
                }
                long hidden = output.getShape().get(output.getShape().dimension() - 1);
                return output.add(parameters.step().arange(0f, (float) hidden, 1f).mul(1000f));
            }
        };
    }
}
