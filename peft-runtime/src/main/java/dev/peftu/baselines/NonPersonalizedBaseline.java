package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.RetrievalAugmentedInputs;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.PeftMethods;
import dev.peftu.peft.TrainingKeys;
import dev.peftu.train.SharedModuleTraining;
import dev.peftu.train.TrainedModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Non-personalized: one shared module (LoRA unless setting {@code method} names another) trained
 * on every user's training data at once and used for everyone, the way a single model fine-tuned
 * on aggregated annotations serves all users ({@link SharedModuleTraining}, which also trains
 * OPPU's task modules). Setting {@code retrieve=k} puts each input's k most similar examples of
 * the same user's training split after its text ({@link RetrievalAugmentedInputs}). Its other
 * settings go to that method and are checked, as that method's would be, when the baseline is
 * created.
 */
public final class NonPersonalizedBaseline implements Contender {

    /** The contender name. */
    public static final String NAME = "non-personalized";
    /** Setting naming the PEFT method of the shared module. */
    public static final String METHOD = "method";
    /** The shared module's method when setting {@value #METHOD} names none. */
    static final String DEFAULT_METHOD = "lora";

    private final PeftMethod method;
    private final Map<String, String> methodSettings;
    private final int retrieve;

    /** Creates the baseline with a LoRA module and its default settings. */
    public NonPersonalizedBaseline() {
        this(Map.of());
    }

    /**
     * Creates the baseline, checking the settings before any training.
     *
     * @param settings {@value #METHOD}, {@code retrieve} and that method's settings
     * @throws IllegalArgumentException naming the baseline, the key and what was expected
     */
    public NonPersonalizedBaseline(Map<String, String> settings) {
        Map<String, String> rest = new HashMap<>(settings);
        String name = rest.getOrDefault(METHOD, DEFAULT_METHOD).trim();
        rest.remove(METHOD);
        try {
            this.retrieve = TrainingKeys.retrieve(rest.remove(TrainingKeys.RETRIEVE));
            this.method = PeftMethods.byName(name);
            // checked now; the shared training applies the batch size of one cohort step itself
            SharedModuleTraining.sharedBatches(method, rest);
            this.methodSettings = Map.copyOf(rest);
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new IllegalArgumentException(NAME + " (" + METHOD + "=" + name + "): " + e.getMessage(), e);
        }
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ContenderKind kind() {
        return ContenderKind.BASELINE;
    }

    @Override
    public ContenderResult run(RunContext context, ProgressListener progress) {
        PersonalizedDataset dataset = RetrievalAugmentedInputs.augment(context.dataset(), retrieve);
        SharedModuleTraining training = new SharedModuleTraining(context.baseModel(), method, methodSettings,
                dataset, context.seed());
        TrainedModule shared = training.train(dataset,
                (phase, done, total) -> progress.progress("shared module, " + phase, done, total));
        List<TrainedModule> everyone = new ArrayList<>();
        Map<String, List<Example>> tests = new LinkedHashMap<>();
        for (UserData user : dataset.users()) {
            if (context.runUserIds().contains(user.userId())) {
                everyone.add(new TrainedModule(user.userId(), shared.weights(), shared.epochs(),
                        shared.validationLoss()));
                tests.put(user.userId(), user.test());
            }
        }
        Map<String, List<Prediction>> predictions = training.trainer().predict(everyone, tests);
        return new ContenderResult(predictions, training.trainer().trainableParameters());
    }
}
