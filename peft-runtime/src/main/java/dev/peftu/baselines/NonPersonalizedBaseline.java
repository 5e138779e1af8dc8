package dev.peftu.baselines;

import dev.peftu.data.Example;
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
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import dev.peftu.train.TrainingOptions;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Non-personalized: one shared module (LoRA unless setting {@code method} names another) trained
 * on every user's training data at once and used for everyone, the way a single model fine-tuned
 * on aggregated annotations serves all users. Its other settings go to that method and are
 * checked, as that method's would be, when the baseline is created; except that the shared
 * module trains on batches as large as one step of the cohort trainer ({@code batchSize} times
 * {@code cohortSize} rows), so that it uses the machine as fully as the personalized methods do
 * instead of walking through everyone's data eight rows at a time.
 */
public final class NonPersonalizedBaseline implements Contender {

    /** The contender name. */
    public static final String NAME = "non-personalized";
    /** Setting naming the PEFT method of the shared module. */
    public static final String METHOD = "method";
    /** The pseudo user that holds everyone's data. */
    static final String SHARED = "shared";
    /** The shared module's method when setting {@value #METHOD} names none. */
    static final String DEFAULT_METHOD = "lora";

    private final PeftMethod method;
    private final Map<String, String> methodSettings;

    /** Creates the baseline with a LoRA module and its default settings. */
    public NonPersonalizedBaseline() {
        this(Map.of());
    }

    /**
     * Creates the baseline, checking the settings before any training.
     *
     * @param settings {@value #METHOD} and that method's settings
     * @throws IllegalArgumentException naming the baseline, the key and what was expected
     */
    public NonPersonalizedBaseline(Map<String, String> settings) {
        Map<String, String> rest = new HashMap<>(settings);
        String name = rest.getOrDefault(METHOD, DEFAULT_METHOD).trim();
        rest.remove(METHOD);
        try {
            this.method = PeftMethods.byName(name);
            TrainingOptions options = TrainingOptions.from(TrainingOptions.check(method, rest));
            rest.put(TrainingKeys.BATCH_SIZE, Integer.toString(options.batchSize() * options.cohortSize()));
        } catch (IllegalArgumentException | NoSuchElementException e) {
            throw new IllegalArgumentException(NAME + " (" + METHOD + "=" + name + "): " + e.getMessage(), e);
        }
        this.methodSettings = Map.copyOf(rest);
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
        CohortTrainer trainer = new CohortTrainer(context.baseModel(), method, methodSettings,
                context.dataset().task(), context.seed());
        List<Example> train = new ArrayList<>();
        List<Example> val = new ArrayList<>();
        for (UserData user : context.dataset().users()) {
            train.addAll(user.train());
            val.addAll(user.val());
        }
        TrainedModule shared = trainer.train(List.of(new UserData(SHARED, train, val, List.of())),
                (phase, done, total) -> progress.progress("shared module, " + phase, done, total)).get(0);
        List<TrainedModule> everyone = new ArrayList<>();
        Map<String, List<Example>> tests = new LinkedHashMap<>();
        for (UserData user : context.runUsers()) {
            everyone.add(new TrainedModule(user.userId(), shared.weights(), shared.epochs(), shared.validationLoss()));
            tests.put(user.userId(), user.test());
        }
        Map<String, List<Prediction>> predictions = trainer.predict(everyone, tests);
        return new ContenderResult(predictions, trainer.trainableParameters());
    }
}
