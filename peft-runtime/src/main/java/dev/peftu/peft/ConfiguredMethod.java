package dev.peftu.peft;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import java.util.List;
import java.util.Map;

/**
* A PEFT method bound to its parsed configuration and the base model it adapts: what the
 * trainer holds, so that settings are parsed once and every later call uses the same typed
 * values.
 *
 * @param method the method
 * @param base the base model's architecture
 * @param config the method's configuration
 * @param <C> the method's configuration type
 */
public record ConfiguredMethod<C extends PeftConfig>(PeftMethod<C> method, Architecture base, C config) {

    /**
     * Parses a method's settings into its configuration.
     *
     * @param method the method
     * @param base the base model's architecture
     * @param settings the effective settings
     * @param <C> the method's configuration type
     * @return the bound method
     * @throws IllegalArgumentException naming the setting when one is invalid
     */
    public static <C extends PeftConfig> ConfiguredMethod<C> of(PeftMethod<C> method, Architecture base,
                                                              MethodSettings settings) {
        return new ConfiguredMethod<>(method, base, method.configure(base, settings));
    }

    /** Returns the method's name. */
    public String name() {
        return method.name();
    }

    /** Returns the parameters of one user's module. */
    public List<ParameterSpec> parameters() {
        return method.parameters(base, config);
    }

    /**
     * Returns the injection applying a batch's per-row parameters.
     *
     * @param weights the frozen weights of the base model this method was configured for
     * @param parameters the batch's parameters
     */
    public Injection attach(FrozenWeights weights, BatchParameters parameters) {
        return method.attach(weights, parameters, config);
    }

    /** Returns the configuration's {@code adapter_config.json} content. */
    public Map<String, Object> adapterConfig() {
        return config.adapterConfig();
    }

    /** Returns the tensors to store for trained ones ({@link PeftMethod#storedWeights}). */
    public Map<String, HostTensor> storedWeights(Map<String, HostTensor> trained) {
        return method.storedWeights(base, config, trained);
    }

    /**
     * Checks that a stored {@code adapter_config.json} reads back as this configuration, so that a
     * stored module is only ever used with the settings that trained it.
     *
     * @param adapterConfig the stored JSON
     * @throws IllegalArgumentException naming the field that differs or cannot be read
     */
    public void requireStored(Map<String, Object> adapterConfig) {
        C stored = method.fromAdapterConfig(adapterConfig);
        if (!stored.equals(config)) {
            throw new IllegalArgumentException("it holds " + stored + ", but the settings give " + config);
        }
    }

    /** Returns whether the method changes the base model's output. */
    public boolean changesBaseModel() {
        return method.changesBaseModel();
    }
}
