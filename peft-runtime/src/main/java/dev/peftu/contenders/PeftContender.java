package dev.peftu.contenders;

import dev.peftu.peft.ConfiguredMethod;
import dev.peftu.model.Architecture;
import dev.peftu.model.BaseModel;
import dev.peftu.data.DatasetFingerprint;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.RetrievalAugmentedInputs;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.TextTokenizer;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.PeftMethods;
import dev.peftu.peft.TrainingKeys;
import dev.peftu.results.ContenderKind;
import dev.peftu.store.Fingerprint;
import dev.peftu.store.ModuleFingerprint;
import dev.peftu.store.ModuleStorage;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.SharedModuleTraining;
import dev.peftu.train.TaskModule;
import dev.peftu.train.TrainingOptions;
import java.io.IOException;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.Set;

/**
 * A PEFT method on the leaderboard: trains every user's module in cohorts with the
 * {@link CohortTrainer}, predicts each user's test examples with that user's own module, and
 * writes the modules to the run's module store when there is one, cohort by cohort, each with the
 * {@link ModuleFingerprint} of its inputs. A run that may reuse stored modules (a rerun after a
 * crash, say) trains only the users without a module of matching fingerprint; the others are
 * loaded and predict as they did when they were trained.
 *
 * <p>Besides the method's and the trainer's settings it reads {@code retrieve=k} (each input
 * followed by k similar examples of the user's own training split), {@code taskModule=<method>}
 * (OPPU's two stages: a task module of that method trained on everyone's data first, then each
 * user's module on top of it, see {@link TaskModules}; settings {@code task.<key>} go to the task
 * module, which otherwise takes the trainer's settings given here and its method's defaults) and
 * {@code learningRate=auto} (see {@link LearningRateSearch}).
 */
public final class PeftContender implements Contender {

    /** Prefix of the settings that go to the task module. */
    public static final String TASK_PREFIX = "task.";

    private final PeftMethod<?> method;
    private final MethodSettings effective;
    private final int retrieve;
    private final boolean autoLearningRate;
    private final PeftMethod<?> taskMethod;
    private final Map<String, String> taskSettings;
    private volatile String chosenLearningRate;
    private volatile String historyTokens;
    private final boolean headLearningRateSet;
    private volatile Map<String, String> promptSettings = Map.of();
    private volatile boolean generativeBase;

    /**
     * Creates the contender, checking the settings at once so that a bad setting fails before
     * any training.
     *
     * @param method the method
     * @param settings overrides of the method's and the trainer's settings, and the contender's own
     */
    public PeftContender(PeftMethod<?> method, Map<String, String> settings) {
        this.method = method;
        this.headLearningRateSet = settings.containsKey(TrainingKeys.HEAD_LEARNING_RATE);
        Map<String, String> rest = new HashMap<>(settings);
        this.retrieve = TrainingKeys.retrieve(rest.remove(TrainingKeys.RETRIEVE));
        String taskName = rest.remove(TrainingKeys.TASK_MODULE);
        Map<String, String> taskOverrides = new HashMap<>();
        for (String key : List.copyOf(rest.keySet())) {
            if (key.startsWith(TASK_PREFIX)) {
                taskOverrides.put(key.substring(TASK_PREFIX.length()), rest.remove(key));
            }
        }
        this.autoLearningRate = TrainingKeys.AUTO.equals(rest.getOrDefault(TrainingKeys.LEARNING_RATE, "").trim());
        if (autoLearningRate) {
            rest.remove(TrainingKeys.LEARNING_RATE);
        }
        Set<String> known = new HashSet<>(TrainingOptions.defaults().keySet());
        known.addAll(method.defaults().keySet());
        known.addAll(List.of(TrainingKeys.RETRIEVE, TrainingKeys.TASK_MODULE));
        MethodSettings.requireKnown(method.name(), known, rest.keySet());
        this.effective = TrainingOptions.check(method, rest);
        if (taskName == null) {
            if (!taskOverrides.isEmpty()) {
                throw new IllegalArgumentException(method.name() + ": settings " + taskOverrides.keySet()
                        + " with prefix " + TASK_PREFIX + " need setting " + TrainingKeys.TASK_MODULE);
            }
            this.taskMethod = null;
            this.taskSettings = Map.of();
        } else {
            try {
                this.taskMethod = PeftMethods.byName(taskName.trim());
            } catch (NoSuchElementException e) {
                throw new IllegalArgumentException(method.name() + ": setting " + TrainingKeys.TASK_MODULE + "="
                        + taskName + ": " + e.getMessage(), e);
            }
            Map<String, String> inherited = new HashMap<>();
            for (String key : TrainingOptions.defaults().keySet()) {
                if (!key.equals(TrainingKeys.LEARNING_RATE) && rest.containsKey(key)) {
                    inherited.put(key, rest.get(key));
                }
            }
            inherited.putAll(taskOverrides);
            // checked now; the shared training applies the batch size of one cohort step itself
            SharedModuleTraining.sharedBatches(taskMethod, inherited);
            this.taskSettings = Map.copyOf(inherited);
        }
    }

    @Override
    public String name() {
        return method.name();
    }

    /** The task module's effective settings, with the batch size of one cohort step. */
    private MethodSettings taskModuleSettings() {
        return TrainingOptions.settingsFor(taskMethod, SharedModuleTraining.sharedBatches(taskMethod, taskSettings));
    }

    @Override
    public void requireCompatible(Architecture base) {
        if (base.generative() && headLearningRateSet) {
            throw new IllegalArgumentException(method.name() + ": setting " + TrainingKeys.HEAD_LEARNING_RATE
                    + " has nothing to train on a causal LM (" + base.modelType() + "), which scores each label's"
                    + " words after the prompt instead of a classification head; expected no "
                    + TrainingKeys.HEAD_LEARNING_RATE + " on a generative base model");
        }
        ConfiguredMethod.of(method, base, effective).parameters();
        if (taskMethod != null) {
            ConfiguredMethod.of(taskMethod, base, taskModuleSettings()).parameters();
        }
    }

    @Override
    public Map<String, String> effectiveSettings() {
        Map<String, String> recorded = new LinkedHashMap<>(effective.asMap());
        if (generativeBase) {
            // a causal LM has no head: the setting trains nothing there
            recorded.remove(TrainingKeys.HEAD_LEARNING_RATE);
        }
        recorded.put(TrainingKeys.RETRIEVE, Integer.toString(retrieve));
        if (historyTokens != null) {
            recorded.put(RetrievalAugmentedInputs.HISTORY_TOKENS, historyTokens);
        }
        recorded.putAll(promptSettings);
        if (taskMethod != null) {
            recorded.put(TrainingKeys.TASK_MODULE, taskMethod.name());
            taskModuleSettings().asMap().forEach((key, value) -> recorded.put(TASK_PREFIX + key, value));
        }
        if (autoLearningRate) {
            recorded.put(TrainingKeys.LEARNING_RATE, TrainingKeys.AUTO);
            if (chosenLearningRate != null) {
                recorded.put(LearningRateSearch.CHOSEN, chosenLearningRate);
            }
        }
        return recorded;
    }

    @Override
    public ContenderKind kind() {
        return ContenderKind.PEFT;
    }

    @Override
    public ContenderResult run(RunContext context, ProgressListener progress) throws IOException {
        generativeBase = context.baseModel().generative();
        RetrievalAugmentedInputs.Augmented augmented = inputs(context.dataset(), context.baseModel());
        if (retrieve > 0) {
            historyTokens = augmented.recordedHistoryTokens();
        }
        PersonalizedDataset dataset = augmented.dataset();
        if (context.baseModel().generative()) {
            promptSettings = context.baseModel().promptEncoder(dataset.task()).recordedSettings(dataset.task().labels());
        }
        RunContext run = new RunContext(dataset, context.baseModel(), context.seed(), context.settings(),
                context.moduleStorage(), context.runUserIds());
        String datasetFingerprint = DatasetFingerprint.of(dataset);
        TaskModule task = taskMethod == null ? null : TaskModules.obtain(run.baseModel(), taskMethod, taskSettings,
                dataset, run.seed(), fingerprint(run, datasetFingerprint, taskMethod, taskModuleSettings().asMap(), null),
                run.moduleStorage(), progress);
        if (!autoLearningRate) {
            return cohortRuns(run, datasetFingerprint, effective.asMap(), task).run(progress);
        }
        LearningRateSearch search = new LearningRateSearch(effective);
        Map<String, CohortRuns> candidates = new LinkedHashMap<>();
        for (String rate : search.candidates()) {
            candidates.put(rate, cohortRuns(run, datasetFingerprint, withLearningRate(rate), task));
        }
        String searchFingerprint = searchFingerprint(run, candidates.values());
        ModuleStorage storage = run.moduleStorage();
        Optional<String> stored = storage == null || !storage.reuse() ? Optional.empty()
                : storage.store().chosenLearningRate(storage.label(), searchFingerprint)
                        .filter(candidates::containsKey);
        if (stored.isPresent()) {
            chosenLearningRate = stored.get();
            progress.progress("learningRate=auto: the stored search chose " + chosenLearningRate, 1, 1);
            return candidates.get(chosenLearningRate).run(progress);
        }
        for (Map.Entry<String, CohortRuns> candidate : candidates.entrySet()) {
            String rate = candidate.getKey();
            search.record(rate, candidate.getValue().trainForValidation(progress, "learningRate=" + rate + ", "));
            progress.progress("learningRate=auto: " + rate + " gives mean validation accuracy "
                    + String.format(Locale.ROOT, "%.4f", search.accuracy(rate)), 1, 1);
        }
        chosenLearningRate = search.chosen();
        progress.progress("learningRate=auto chose " + chosenLearningRate + " of " + search.candidates()
                + " by mean validation accuracy over users", 1, 1);
        ContenderResult result = candidates.get(chosenLearningRate).finish(progress);
        if (storage != null) {
            storage.store().saveChosenLearningRate(storage.label(), searchFingerprint, chosenLearningRate);
        }
        return result;
    }

    /**
     * What determines the search's choice: every candidate's module fingerprint and the users it
     * chooses over (a shard's users choose for themselves).
     */
    private static String searchFingerprint(RunContext run, Collection<CohortRuns> candidates) {
        Fingerprint fingerprint = Fingerprint.start();
        candidates.forEach(candidate -> fingerprint.add(candidate.fingerprint()));
        run.runUserIds().stream().sorted().forEach(fingerprint::add);
        return fingerprint.finish();
    }

    /** The users' modules of one setting of the method, found by their fingerprint or trained. */
    private CohortRuns cohortRuns(RunContext run, String datasetFingerprint, Map<String, String> settings,
                                  TaskModule task) {
        return new CohortRuns(run, trainer(run, settings, task),
                fingerprint(run, datasetFingerprint, method, settings, task));
    }

    /**
     * The dataset as the trainer sees it: every text with its retrieved history within the
     * tokenizer's budget when {@code retrieve > 0}; on a causal LM, within what the prompt leaves for
     * the text.
     */
    RetrievalAugmentedInputs.Augmented inputs(PersonalizedDataset dataset, BaseModel base) {
        TextTokenizer tokenizer = base.tokenizer();
        int budget = retrieve > 0 && base.generative() ? base.promptEncoder(dataset.task()).textBudget()
                : tokenizer.maxLength();
        return RetrievalAugmentedInputs.augment(dataset, retrieve, text -> tokenizer.encode(text).length, budget);
    }

    private Map<String, String> withLearningRate(String rate) {
        Map<String, String> settings = new LinkedHashMap<>(effective.asMap());
        settings.put(TrainingKeys.LEARNING_RATE, rate);
        return settings;
    }

    private CohortTrainer trainer(RunContext run, Map<String, String> settings, TaskModule task) {
        return task == null ? new CohortTrainer(run.baseModel(), method, settings, run.dataset().task(), run.seed())
                : new CohortTrainer(run.baseModel(), method, settings, run.dataset().task(), run.seed(), task);
    }

    /** The fingerprint of modules of a method: its version and settings, the inputs' retrieval, the task module's. */
    private String fingerprint(RunContext run, String datasetFingerprint, PeftMethod<?> of, Map<String, String> settings,
                               TaskModule task) {
        Map<String, String> all = new LinkedHashMap<>(settings);
        all.put(TrainingKeys.RETRIEVE, Integer.toString(retrieve));
        all.putAll(promptSettings);
        if (task != null) {
            all.put(TrainingKeys.TASK_MODULE, task.fingerprint());
        }
        return ModuleFingerprint.of(of.name(), of.version(), all, run.baseModel().name(),
                run.baseModel().tokenizer().maxLength(), datasetFingerprint, run.seed());
    }
}
