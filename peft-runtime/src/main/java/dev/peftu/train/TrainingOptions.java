package dev.peftu.train;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.BertConfig;
import dev.peftu.peft.ConfiguredMethod;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.TrainingKeys;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * How the cohort trainer trains: epochs, batch and cohort sizes, AdamW settings, early stopping.
 * Tuned for the small base model on CPU and documented here, with PEFT-U's batch size of 8.
 *
 * Ranges are checked when the options are read ({@link #from}).
 *
 * @param epochs passes over each user's training examples at most (default 3; whole, >= 1)
 * @param batchSize rows of one user per step (default 8, PEFT-U's; whole, >= 1)
 * @param cohortSize users trained together in one batched pass (default 8; whole, >= 1)
 * @param patience epochs without a better validation loss before a user stops (default 2; whole, >= 1)
 * @param learningRate AdamW learning rate of the method's parameters (each method's default; > 0)
 * @param headLearningRate AdamW learning rate of the classification head (default 0.005; > 0)
 * @param weightDecay AdamW decoupled weight decay (default 0; >= 0)
 * @param threshold probability from which a label joins a multi-label prediction (default 0.5; in [0, 1))
 */
public record TrainingOptions(int epochs, int batchSize, int cohortSize, int patience, double learningRate,
                              double headLearningRate, double weightDecay, double threshold) {

    /**
     * Returns the trainer's own setting keys with their defaults, which every method accepts
     * besides its own.
     */
    public static Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(TrainingKeys.EPOCHS, "3");
        defaults.put(TrainingKeys.BATCH_SIZE, "8");
        defaults.put(TrainingKeys.COHORT_SIZE, "8");
        defaults.put(TrainingKeys.PATIENCE, "2");
        defaults.put(TrainingKeys.LEARNING_RATE, "0.001");
        defaults.put(TrainingKeys.HEAD_LEARNING_RATE, "0.005");
        defaults.put(TrainingKeys.WEIGHT_DECAY, "0");
        defaults.put(TrainingKeys.THRESHOLD, "0.5");
        return defaults;
    }

    /**
     * Returns a method's effective settings: the trainer's defaults, then the method's own
     * defaults, then the user's overrides.
     *
     * @param method the method
     * @param overrides the user's settings
     * @return the settings
     */
    public static MethodSettings settingsFor(PeftMethod<?> method, Map<String, String> overrides) {
        Map<String, String> defaults = defaults();
        defaults.putAll(method.defaults());
        return MethodSettings.of(method.name(), defaults, overrides);
    }

    /**
     * Reads the options from a method's effective settings.
     *
     * @param settings the settings (see {@link #settingsFor})
     * @return the options
     */
    public static TrainingOptions from(MethodSettings settings) {
        return new TrainingOptions(
                settings.positiveInteger(TrainingKeys.EPOCHS),
                settings.positiveInteger(TrainingKeys.BATCH_SIZE),
                settings.positiveInteger(TrainingKeys.COHORT_SIZE),
                settings.positiveInteger(TrainingKeys.PATIENCE),
                settings.positive(TrainingKeys.LEARNING_RATE),
                settings.positive(TrainingKeys.HEAD_LEARNING_RATE),
                settings.nonNegative(TrainingKeys.WEIGHT_DECAY),
                settings.probability(TrainingKeys.THRESHOLD));
    }

    /**
     * Checks a method's settings before any training: the trainer's and the method's own keys,
     * every value against its range.
     *
     * @param method the method
     * @param overrides the user's settings
     * @return the effective settings
     * @throws IllegalArgumentException naming the method, the key, the value and what was expected
     */
    public static MethodSettings check(PeftMethod<?> method, Map<String, String> overrides) {
        MethodSettings settings = settingsFor(method, overrides);
        from(settings);
        // parsing the method's configuration checks every value of its own now, before any
        // model is loaded; the default architecture stands in for the base model, whose own
        // layers the targets are checked against later (Contender.requireCompatible)
        ConfiguredMethod.of(method, BertConfig.MINILM_L6, settings);
        return settings;
    }
}
