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

    private TrainingKeys() {
    }
}
