package dev.peftu.peft;

import dev.peftu.eval.ContenderProvider;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import dev.peftu.results.ContenderKind;
import java.util.List;
import java.util.Map;

/**
 * A parameter-efficient fine-tuning method: what method authors implement to put a new PEFT
 * variant on the leaderboard. It is a {@link ContenderProvider}, registered like every other
 * contender with a line in {@code META-INF/services/dev.peftu.eval.ContenderProvider}.
 *
 * <p>A method is stateless and written for any base model: it sees the base model's
 * {@link Architecture} (sizes, linear sites by HF module path) and its {@link FrozenWeights},
 * never an architecture's own types. It parses its settings once into its typed configuration
 * ({@link #configure}), declares the parameters one user's module holds ({@link #parameters}),
 * each with its start (random, or computed from a frozen site: {@link Initializer#fromFrozen}) and
 * its optimizer treatment ({@link ParameterSpec#withLearningRateScale},
 * {@link ParameterSpec#withoutWeightDecay}), and says how those parameters change the frozen
 * model's forward pass ({@link #attach}). The
 * trainer stacks the declared parameters of a whole cohort of users and hands the method each
 * row's own slice, so the method never sees which user a row belongs to. Every method also gets
 * a per-user classification head from the trainer; saving and loading follow from the declared
 * parameter keys, which are the keys HF PEFT writes, and from the configuration's
 * {@code adapter_config.json}.
 *
 * @param <C> the method's typed configuration
 */
public interface PeftMethod<C extends PeftConfig> extends ContenderProvider {

    /** Returns the method's name as used in specs and on the leaderboard, e.g. {@code lora}. */
    @Override
    String name();

    @Override
    default ContenderKind kind() {
        return ContenderKind.PEFT;
    }

    /**
     * Returns the method's own settings, every key with its default value (PEFT-U's where
     * PEFT-U defines one); it may also set the trainer's {@code learningRate} default.
     */
    @Override
    Map<String, String> defaults();

    /**
     * Parses and checks the method's own settings once.
     *
     * @param base the base model's architecture, for what the configuration records of it
     * @param settings the effective settings (the method's and the trainer's keys)
     * @return the configuration
     * @throws IllegalArgumentException naming the setting, its value and what was expected
     */
    C configure(Architecture base, MethodSettings settings);

    /**
     * Reads a configuration back from the {@code adapter_config.json} content it wrote.
     *
     * @param adapterConfig the parsed JSON
     * @return the configuration
     * @throws IllegalArgumentException naming the field when one is missing or malformed
     */
    C fromAdapterConfig(Map<String, Object> adapterConfig);

    /**
     * Declares the parameters of one user's module.
     *
     * @param base the base model's architecture
     * @param config the configuration
     * @return the parameters, keyed as HF PEFT names them in {@code adapter_model.safetensors}
     */
    List<ParameterSpec> parameters(Architecture base, C config);

    /**
     * Creates the injection that applies a batch's per-row parameters to the base model. A method
     * that changes the effective frozen weight (PiSSA and OLoRA train on {@code W} minus its
     * principal part) applies that change here too, from a constant it derives once per site
     * ({@link FrozenWeights#derived}).
     *
     * @param base the base model's frozen weights, and through them its architecture
     * @param parameters each declared parameter gathered per row of the batch
     * @param config the configuration
     * @return the injection for this batch
     */
    Injection attach(FrozenWeights base, BatchParameters parameters, C config);

    /**
     * Returns the tensors to write to {@code adapter_model.safetensors}: the trained ones, plus
     * whatever HF PEFT reads for this method when it is stored in another form than it trains
     * in. By default the trained tensors themselves.
     *
     * @param base the base model's architecture
     * @param config the configuration
     * @param trained the trained tensors by key
     * @return the tensors to store by key
     */
    default Map<String, HostTensor> storedWeights(Architecture base, C config, Map<String, HostTensor> trained) {
        return trained;
    }

    /**
     * Returns whether the method changes the base model's output. A method that does not (a
     * personal head alone) lets the trainer compute the frozen embeddings once and reuse them.
     */
    default boolean changesBaseModel() {
        return true;
    }
}
