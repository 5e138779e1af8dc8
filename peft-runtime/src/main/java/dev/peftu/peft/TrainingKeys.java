package dev.peftu.peft;

/**
 * Setting keys every method accepts besides its own, read by the trainer. Their defaults live
 * with the trainer ({@code dev.peftu.train.TrainingOptions}), except the learning rate, which
 * each method chooses for its own parameters.
 */
public final class TrainingKeys {

    /** AdamW learning rate of the method's own parameters. */
    public static final String LEARNING_RATE = "learningRate";
    /** AdamW learning rate of the classification head. */
    public static final String HEAD_LEARNING_RATE = "headLearningRate";
    /** Passes over each user's training examples at most. */
    public static final String EPOCHS = "epochs";
    /** Rows of one user per optimisation step (PEFT-U: 8). */
    public static final String BATCH_SIZE = "batchSize";
    /** Users trained together in one batched pass. */
    public static final String COHORT_SIZE = "cohortSize";
    /** Epochs without a better validation loss before a user stops early. */
    public static final String PATIENCE = "patience";
    /** AdamW decoupled weight decay. */
    public static final String WEIGHT_DECAY = "weightDecay";
    /** Probability above which a label enters a multi-label prediction's label set. */
    public static final String THRESHOLD = "threshold";

    /**
     * Retrieved examples per input: each text is followed by its {@code k} most similar examples
     * of the same user's training split with their labels (0, the default, for none). Read by
     * the contenders, which build the inputs.
     */
    public static final String RETRIEVE = "retrieve";
    /**
     * The method of a task module trained first on everyone's data and held frozen under every
     * user's module (OPPU's two stages); absent for one stage. Read by the PEFT contender.
     */
    public static final String TASK_MODULE = "taskModule";
    /**
     * The value that lets peftu choose: of {@link #LEARNING_RATE}, the rate by validation accuracy;
     * of a method's targets, HF PEFT's defaults for the base model ({@link DefaultTargets}).
     */
    public static final String AUTO = "auto";

    private TrainingKeys() {
    }

    /**
     * Reads a {@link #RETRIEVE} value.
     *
     * @param value the setting's value, or {@code null} when not given
     * @return the number of retrieved examples, 0 when not given
     * @throws IllegalArgumentException naming the key when the value is not a whole number >= 0
     */
    public static int retrieve(String value) {
        if (value == null) {
            return 0;
        }
        try {
            int k = Integer.parseInt(value.trim());
            if (k >= 0) {
                return k;
            }
        } catch (NumberFormatException notANumber) {
            // reported below with the expected form
        }
        throw new IllegalArgumentException("setting " + RETRIEVE + "=" + value + ": expected a whole number >= 0");
    }
}
