package dev.peftu.train;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.eval.ProgressListener;
import dev.peftu.model.BaseModel;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.TrainingKeys;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One module trained on every user's data at once, as one pseudo-user holding everyone's
 * training and validation examples: the shared module of the non-personalized baseline and the
 * task module of OPPU's first stage are this one training. The module trains on batches as
 * large as one step of the cohort trainer ({@code batchSize} times {@code cohortSize} rows), so
 * that it uses the machine as fully as the personalized methods do instead of walking through
 * everyone's data eight rows at a time.
 */
public final class SharedModuleTraining {

    /** The pseudo user that holds everyone's data. */
    public static final String SHARED = "shared";

    private final CohortTrainer trainer;

    /**
     * Prepares the training, checking the settings.
     *
     * @param base the frozen base model
     * @param method the shared module's method
     * @param overrides its settings, per-user batch size included
     * @param dataset the users whose training and validation examples the module learns from
     * @param seed the seed every random choice derives from
     * @throws IllegalArgumentException naming the key when a setting is wrong
     */
    public SharedModuleTraining(BaseModel base, PeftMethod<?> method, Map<String, String> overrides,
                                PersonalizedDataset dataset, long seed) {
        this.trainer = new CohortTrainer(base, method, sharedBatches(method, overrides), dataset.task(), seed);
    }

    /**
     * Returns the settings with the batch size of one cohort step, checked.
     *
     * @param method the method
     * @param overrides the settings as given
     * @return the settings the shared module trains with
     * @throws IllegalArgumentException naming the key when a setting is wrong
     */
    public static Map<String, String> sharedBatches(PeftMethod<?> method, Map<String, String> overrides) {
        TrainingOptions options = TrainingOptions.from(TrainingOptions.check(method, overrides));
        Map<String, String> shared = new HashMap<>(overrides);
        shared.put(TrainingKeys.BATCH_SIZE, Integer.toString(options.batchSize() * options.cohortSize()));
        return Map.copyOf(shared);
    }

    /** Returns the trainer, whose settings are the shared module's and which predicts with it. */
    public CohortTrainer trainer() {
        return trainer;
    }

    /**
     * Trains the module on every user's training split, validating on every user's validation split.
     *
     * @param dataset the users
     * @param progress receives one call per step
     * @return the module, under the pseudo user {@value #SHARED}
     */
    public TrainedModule train(PersonalizedDataset dataset, ProgressListener progress) {
        List<Example> train = new ArrayList<>();
        List<Example> val = new ArrayList<>();
        for (UserData user : dataset.users()) {
            train.addAll(user.train());
            val.addAll(user.val());
        }
        return trainer.train(List.of(new UserData(SHARED, train, val, List.of())), progress).get(0);
    }
}
