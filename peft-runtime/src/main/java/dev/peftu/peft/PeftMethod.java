package dev.peftu.peft;

import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
import java.util.List;
import java.util.Map;

/**
 * A parameter-efficient fine-tuning method: the service provider interface method authors
 * implement to put a new PEFT variant on the leaderboard. Implementations are found through
 * {@link java.util.ServiceLoader} (a line in {@code META-INF/services/dev.peftu.peft.PeftMethod}).
 *
 * <p>A method is stateless. It declares the parameters one user's module holds
 * ({@link #parameters}), and how those parameters change the frozen encoder's forward pass
 * ({@link #attach}). The trainer stacks the declared parameters of a whole cohort of users and
 * hands the method each row's own slice, so the method never sees which user a row belongs
 * to. Every method also gets a per-user classification head from the trainer; saving and
 * loading follow from the declared parameter keys, which are the keys HF PEFT writes.
 */
public interface PeftMethod {

    /** Returns the method's name as used in specs and on the leaderboard, e.g. {@code lora}. */
    String name();

    /**
     * Returns the method's configuration as plain data: every key it understands with its
     * default value (PEFT-U's where PEFT-U defines one).
     */
    Map<String, String> defaults();

    /**
     * Declares the parameters of one user's module.
     *
     * @param base the base encoder's architecture
     * @param settings the effective configuration
     * @return the parameters, keyed as HF PEFT names them in {@code adapter_model.safetensors}
     */
    List<ParameterSpec> parameters(BertConfig base, MethodSettings settings);

    /**
     * Creates the injection that applies a batch's per-row parameters to the encoder.
     *
     * @param base the base encoder's architecture
     * @param parameters each declared parameter gathered per row of the batch
     * @param settings the effective configuration
     * @return the injection for this batch
     */
    Injection attach(BertConfig base, BatchParameters parameters, MethodSettings settings);

    /**
     * Returns the {@code adapter_config.json} content HF PEFT would write for this method.
     *
     * @param base the base encoder's architecture
     * @param settings the effective configuration
     * @return JSON-ready data
     */
    Map<String, Object> adapterConfig(BertConfig base, MethodSettings settings);

    /**
     * Returns whether the method changes the encoder's output. A method that does not (a
     * personal head alone) lets the trainer compute the frozen embeddings once and reuse them.
     */
    default boolean changesEncoder() {
        return true;
    }
}
