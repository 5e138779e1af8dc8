package dev.peftu.train;

import ai.djl.ndarray.NDManager;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.model.BaseModel;
import dev.peftu.model.Architecture;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.ConfiguredMethod;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Trains many users' modules of one PEFT method in one batched pass over the frozen base model.
 *
 * <p>Each user walks through its own shuffled training examples in batches of
 * {@link TrainingOptions#batchSize()}; step {@code s} of an epoch stacks batch {@code s} of every
 * user still training, runs them through the encoder together, each row through its own user's
 * parameters (the rows of a user form one group, {@link RowGroups}, so a user's parameters apply
 * as one slice of a batched product; see {@link TrainingStep}). A user's parameters get exactly
 * the gradient of that user's own mean loss, and AdamW moves only the users present (see
 * {@link CohortParameters}): a cohort of one is the classic
 * one-user-at-a-time loop, and a larger cohort gives the same modules while using the machine
 * fully (DJL allows one gradient collector per JVM, so parallel threads are not an option).
 * After every epoch of a training of several epochs each user's validation loss decides early
 * stopping ({@link EpochValidation}, {@link EarlyStopping}); the user's best epoch is kept (a
 * single epoch has nothing to choose from, so it runs no validation pass). A training or
 * validation loss that is NaN or infinite fails training ({@link TrainingDivergedException}).
 */
public final class CohortTrainer {

    private final BaseModel base;
    private final ConfiguredMethod<?> method;
    private final MethodSettings settings;
    private final TrainingOptions options;
    private final TaskDefinition task;
    private final long seed;
    private final LabelObjective objective;
    private final CohortPasses passes;
    private final List<ParameterSpec> specs;
    private final Map<String, HostTensor> starts;
    private final TrainingStep step;
    private final EpochValidation validation;

    /**
     * Prepares training of one method on one task.
     *
     * @param base the frozen base model
     * @param method the PEFT method
     * @param overrides setting overrides (the method's own keys and {@link TrainingOptions#defaults()} keys)
     * @param task the task, whose labels the classification head predicts
     * @param seed the seed every random choice derives from
     */
    public CohortTrainer(BaseModel base, PeftMethod<?> method, Map<String, String> overrides, TaskDefinition task,
                         long seed) {
        this(base, method, overrides, task, seed, null, CohortPasses.ROWS_PER_PASS);
    }

    /**
     * Prepares the second of OPPU's two stages: users' modules trained on top of the frozen base
     * model plus a frozen task module, whose injection runs under every user's. Each user's
     * classification head starts from the task module's head, so that a user starts from the
     * task model and moves away from it only as far as that user's own examples lead.
     *
     * @param base the frozen base model
     * @param method the users' PEFT method
     * @param overrides setting overrides
     * @param task the task
     * @param seed the seed every random choice derives from
     * @param taskModule the trained task module
     */
    public CohortTrainer(BaseModel base, PeftMethod<?> method, Map<String, String> overrides, TaskDefinition task,
                         long seed, TaskModule taskModule) {
        this(base, method, overrides, task, seed, taskModule, CohortPasses.ROWS_PER_PASS);
    }

    /**
     * Prepares training with passes of at most the given number of rows.
     *
     * @param base the frozen base model
     * @param method the PEFT method
     * @param overrides setting overrides
     * @param task the task
     * @param seed the seed every random choice derives from
     * @param taskModule the frozen task module under every user's module, or {@code null} for none
     * @param rowsPerPass the most rows a training pass takes (whole users, so at least one user's batch)
     */
    CohortTrainer(BaseModel base, PeftMethod<?> method, Map<String, String> overrides, TaskDefinition task, long seed,
                  TaskModule taskModule, int rowsPerPass) {
        this.base = base;
        this.settings = TrainingOptions.settingsFor(method, overrides);
        this.options = TrainingOptions.from(settings);
        Architecture architecture = base.architecture();
        this.method = ConfiguredMethod.of(method, architecture, settings);
        this.task = task;
        this.seed = seed;
        List<ParameterSpec> all = new ArrayList<>(this.method.parameters());
        Map<String, Double> learningRates = new HashMap<>();
        for (ParameterSpec spec : all) {
            learningRates.put(spec.key(), options.learningRate());
        }
        this.objective = base.generative() ? new LikelihoodObjective(base, task, options.threshold())
                : new HeadObjective(base, new ClassificationHead(task, options.threshold(),
                        this.method.config().modelPrefix()), CohortPasses.changesBaseModel(this.method, taskModule));
        for (ParameterSpec spec : objective.parameters()) {
            all.add(spec);
            learningRates.put(spec.key(), options.headLearningRate());
        }
        this.starts = taskModule == null ? Map.of() : Map.copyOf(objective.startsFrom(taskModule));
        this.specs = List.copyOf(all);
        this.passes = new CohortPasses(base, this.method, objective, options.batchSize(), taskModule);
        this.step = new TrainingStep(passes, settings, options, learningRates, seed, rowsPerPass);
        this.validation = new EpochValidation(passes, settings);
    }

    /** Returns the effective settings. */
    public MethodSettings settings() {
        return settings;
    }

    /** Returns the method bound to its parsed configuration. */
    public ConfiguredMethod<?> method() {
        return method;
    }

    /** Returns the training options. */
    public TrainingOptions options() {
        return options;
    }

    /** Returns the number of parameters trained per user, classification head included. */
    public long trainableParameters() {
        return specs.stream().mapToLong(ParameterSpec::size).sum();
    }

    /** Returns the HF PEFT {@code adapter_config.json} content of this method's modules. */
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = new LinkedHashMap<>(method.adapterConfig());
        config.put("base_model_name_or_path", base.nameOrPath());
        config.put("peftu_labels", task.labels());
        config.put("peftu_multi_label", task.multiLabel());
        objective.describe(config);
        return config;
    }

    /** Returns the tensors to store for a trained module, in the method's HF PEFT layout. */
    public Map<String, HostTensor> storedWeights(Map<String, HostTensor> trained) {
        return method.storedWeights(trained);
    }

    /**
     * Returns the steps training the cohort takes at most: every epoch as many steps as the user
     * with the most training batches has. Early stopping can only make it fewer.
     */
    public int plannedSteps(List<UserData> users) {
        int batchSize = options.batchSize();
        int perEpoch = users.stream().mapToInt(u -> (u.train().size() + batchSize - 1) / batchSize).max().orElse(0);
        return options.epochs() * perEpoch;
    }

    /**
     * Trains one cohort: every given user's module, together.
     *
     * @param users the cohort
     * @param progress receives one call per step with the steps done so far over all epochs and
     *     {@link #plannedSteps}, so the count only grows and its total stays put (an epoch that
     *     early stopping shortens skips ahead to the next epoch's first step)
     * @return each user's trained module, in the order given
     * @throws TrainingDivergedException if a user's training or validation loss is NaN or infinite
     */
    public List<TrainedModule> train(List<UserData> users, ProgressListener progress) {
        List<String> ids = users.stream().map(UserData::userId).toList();
        List<List<Row>> train = new ArrayList<>();
        List<Row> validationRows = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            train.add(rows(u, users.get(u), users.get(u).train()));
            validationRows.addAll(rows(u, users.get(u), users.get(u).val()));
        }
        passes.prepare(users.stream().flatMap(u -> Stream.of(u.train(), u.val(), u.test()))
                .flatMap(List::stream).toList());
        int cohort = users.size();
        int planned = plannedSteps(users);
        int perEpoch = planned / options.epochs();
        List<EarlyStopping> stopping = new ArrayList<>();
        users.forEach(u -> stopping.add(new EarlyStopping(options.patience())));
        try (NDManager root = NDManager.newBaseManager(base.device());
             CohortParameters parameters = CohortParameters.initialize(root, specs, ids, seed, starts, base.frozenWeights())) {
            for (int epoch = 1; epoch <= options.epochs() && stopping.stream().anyMatch(EarlyStopping::active);
                 epoch++) {
                boolean[] training = new boolean[cohort];
                for (int u = 0; u < cohort; u++) {
                    training[u] = stopping.get(u).active();
                    if (training[u]) {
                        stopping.get(u).startEpoch(epoch);
                    }
                }
                EpochBatches batches = new EpochBatches(seed, ids, train, training, epoch, options.batchSize());
                String phase = "epoch " + epoch + "/" + options.epochs();
                for (int s = 0; s < batches.steps(); s++) {
                    step.run(root, parameters, batches.step(s), cohort, epoch, s);
                    progress.progress(phase, (epoch - 1) * perEpoch + s + 1, planned);
                }
                // a single epoch has nothing to choose from, so it runs no validation pass
                if (options.epochs() > 1) {
                    validation.run(root, parameters, validationRows, ids, training, stopping, epoch);
                }
            }
            List<TrainedModule> modules = new ArrayList<>();
            for (int u = 0; u < cohort; u++) {
                int user = u;
                modules.add(stopping.get(u).module(ids.get(u), () -> parameters.userWeights(user)));
            }
            return modules;
        }
    }

    /**
     * Predicts examples of users from their trained modules, many users per batch.
     *
     * @param modules the users' modules
     * @param examples the examples to predict, per user id (every user must have a module)
     * @return predictions per user id, in example order
     */
    public Map<String, List<Prediction>> predict(List<TrainedModule> modules, Map<String, List<Example>> examples) {
        List<Row> rows = new ArrayList<>();
        for (int u = 0; u < modules.size(); u++) {
            String userId = modules.get(u).userId();
            for (Example example : examples.getOrDefault(userId, List.of())) {
                rows.add(new Row(u, userId, example));
            }
        }
        passes.prepare(rows.stream().map(Row::example).toList());
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        modules.forEach(m -> predictions.put(m.userId(), new ArrayList<>()));
        try (NDManager root = NDManager.newBaseManager(base.device());
             CohortParameters parameters = CohortParameters.load(root, specs, modules)) {
            passes.evaluateProbabilities(root, parameters, rows, (step, pass, result) -> {
                float[] probabilities = result.toFloatArray();
                for (int r = 0; r < pass.rows().size(); r++) {
                    if (pass.real(r)) {
                        Row row = pass.rows().get(r);
                        predictions.get(row.userId()).add(objective.decode(row.example().id(), probabilities, r));
                    }
                }
            });
        }
        return predictions;
    }

    private List<Row> rows(int user, UserData data, List<Example> examples) {
        List<Row> rows = new ArrayList<>();
        for (Example example : examples) {
            Row row = new Row(user, data.userId(), example);
            GoldLabels.target(task, row);
            rows.add(row);
        }
        return rows;
    }
}
