package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.RetrievalAugmentedInputs;
import dev.peftu.data.UserData;
import dev.peftu.eval.BaselineProvider;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.TextTokenizer;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.PeftMethods;
import dev.peftu.peft.TrainingKeys;
import dev.peftu.results.ContenderKind;
import dev.peftu.train.SharedModuleTraining;
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
 * on aggregated annotations serves all users ({@link SharedModuleTraining}, which also trains
 * OPPU's task modules). Setting {@code retrieve=k} puts each input's k most similar examples of
 * the same user's training split after its text ({@link RetrievalAugmentedInputs}). Its other
 * settings go to that method and are checked, as that method's would be, when the baseline is
 * created.
 */
public final class NonPersonalizedBaseline implements Contender, BaselineProvider {

    /** The contender name. */
    public static final String NAME = "non-personalized";
    /** Setting naming the PEFT method of the shared module. */
    public static final String METHOD = "method";
    /** The shared module's method when setting {@value #METHOD} names none. */
    static final String DEFAULT_METHOD = "lora";

    private final PeftMethod<?> method;
    private final Map<String, String> methodSettings;
    private final int retrieve;
    private volatile String historyTokens;

    /**
     * Creates the baseline as {@link java.util.ServiceLoader} does: with a LoRA module and its
     * default settings, resolved when it first runs, because resolving a method here would load
     * the providers again while they are being loaded.
     */
    public NonPersonalizedBaseline() {
        this.method = null;
        this.methodSettings = Map.of();
        this.retrieve = 0;
    }

    private NonPersonalizedBaseline(MethodSettings settings) {
        Map<String, String> rest = new HashMap<>(settings.asMap());
        String name = rest.remove(METHOD);
        try {
            this.retrieve = TrainingKeys.retrieve(rest.remove(TrainingKeys.RETRIEVE));
            this.method = PeftMethods.byName(name);
            // checked now; the shared training applies the batch size of one cohort step itself
            SharedModuleTraining.sharedBatches(method, rest);
            this.methodSettings = Map.copyOf(rest);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(NAME + " (" + METHOD + "=" + name + "): " + e.getMessage(), e);
        }
    }

    /**
     * Checks settings against the keys of the method they name: {@value #METHOD},
     * {@code retrieve}, the trainer's and that method's own.
     */
    private static MethodSettings checked(Map<String, String> given) {
        String name = given.getOrDefault(METHOD, DEFAULT_METHOD).trim();
        try {
            return MethodSettings.of(NAME, defaultsWith(PeftMethods.byName(name)), given);
        } catch (NoSuchElementException e) {
            throw new IllegalArgumentException(NAME + " (" + METHOD + "=" + name + "): " + e.getMessage(), e);
        }
    }

    private static Map<String, String> defaultsWith(PeftMethod<?> method) {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(METHOD, method.name());
        defaults.put(TrainingKeys.RETRIEVE, "0");
        defaults.putAll(TrainingOptions.settingsFor(method, Map.of()).asMap());
        return defaults;
    }

    /** The keys with the default shared module, LoRA; another {@value #METHOD} brings its own keys. */
    @Override
    public Map<String, String> defaults() {
        return defaultsWith(PeftMethods.byName(DEFAULT_METHOD));
    }

    @Override
    public MethodSettings settings(Map<String, String> given) {
        return checked(given);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new NonPersonalizedBaseline(settings);
    }

    /**
     * The shared module's method, the retrieval depth and the method's effective settings, with
     * the batch size the shared module trains with (one cohort step).
     */
    @Override
    public Map<String, String> effectiveSettings() {
        if (method == null) {
            return resolved().effectiveSettings();
        }
        Map<String, String> recorded = new LinkedHashMap<>();
        recorded.put(METHOD, method.name());
        recorded.put(TrainingKeys.RETRIEVE, Integer.toString(retrieve));
        if (historyTokens != null) {
            recorded.put(RetrievalAugmentedInputs.HISTORY_TOKENS, historyTokens);
        }
        recorded.putAll(TrainingOptions.settingsFor(method, SharedModuleTraining.sharedBatches(method, methodSettings))
                .asMap());
        return recorded;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ContenderKind kind() {
        return ContenderKind.BASELINE;
    }

    /** This baseline with its settings resolved: itself, or for the provider's instance, the defaults. */
    private NonPersonalizedBaseline resolved() {
        return method != null ? this : new NonPersonalizedBaseline(checked(Map.of()));
    }

    @Override
    public ContenderResult run(RunContext context, ProgressListener progress) {
        if (method == null) {
            return resolved().run(context, progress);
        }
        TextTokenizer tokenizer = context.baseModel().tokenizer();
        RetrievalAugmentedInputs.Augmented augmented = RetrievalAugmentedInputs.augment(context.dataset(), retrieve,
                text -> tokenizer.encode(text).length, tokenizer.maxLength());
        if (retrieve > 0) {
            historyTokens = augmented.recordedHistoryTokens();
        }
        PersonalizedDataset dataset = augmented.dataset();
        SharedModuleTraining training = new SharedModuleTraining(context.baseModel(), method, methodSettings,
                dataset, context.seed());
        TrainedModule shared = training.train(dataset,
                (phase, done, total) -> progress.progress("shared module, " + phase, done, total));
        List<TrainedModule> everyone = new ArrayList<>();
        Map<String, List<Example>> tests = new LinkedHashMap<>();
        Map<String, List<Example>> validation = new LinkedHashMap<>();
        for (UserData user : dataset.users()) {
            if (context.runUserIds().contains(user.userId())) {
                everyone.add(new TrainedModule(user.userId(), shared.weights(), shared.epochs(),
                        shared.validationLoss()));
                tests.put(user.userId(), user.test());
                validation.put(user.userId(), user.val());
            }
        }
        Map<String, List<Prediction>> predictions = training.trainer().predict(everyone, tests);
        return new ContenderResult(predictions, training.trainer().trainableParameters(),
                training.trainer().predict(everyone, validation));
    }
}
