package dev.peftu.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.model.BaseModel;
import dev.peftu.model.BertConfig;
import dev.peftu.model.BertEncoder;
import dev.peftu.model.EncodedBatch;
import dev.peftu.peft.MethodSettings;
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
 * as one slice of a batched product), and weights each row by one over its user's rows in the
 * step. A user's parameters thus get exactly the gradient of that user's own mean loss, and
 * AdamW moves only the users present (see {@link CohortParameters}): a cohort of one is the classic
 * one-user-at-a-time loop, and a larger cohort gives the same modules while using the machine
 * fully (DJL allows one gradient collector per JVM, so parallel threads are not an option).
 * After every epoch each user's validation loss decides early stopping ({@link EarlyStopping});
 * the user's best epoch is kept. A training or validation loss that is NaN or infinite fails
 * training ({@link TrainingDivergedException}).
 */
public final class CohortTrainer {

    private static final int EVALUATION_BATCH = 64;

    private final BaseModel base;
    private final PeftMethod method;
    private final MethodSettings settings;
    private final TrainingOptions options;
    private final TaskDefinition task;
    private final long seed;
    private final ClassificationHead head;
    private final List<ParameterSpec> specs;
    private final Map<String, Double> learningRates = new HashMap<>();

    /**
     * Prepares training of one method on one task.
     *
     * @param base the frozen base model
     * @param method the PEFT method
     * @param overrides setting overrides (the method's own keys and {@link TrainingOptions#defaults()} keys)
     * @param task the task, whose labels the classification head predicts
     * @param seed the seed every random choice derives from
     */
    public CohortTrainer(BaseModel base, PeftMethod method, Map<String, String> overrides, TaskDefinition task,
                         long seed) {
        this.base = base;
        this.method = method;
        this.settings = TrainingOptions.settingsFor(method, overrides);
        this.options = TrainingOptions.from(settings);
        this.task = task;
        this.seed = seed;
        BertConfig config = base.encoder().config();
        List<ParameterSpec> all = new ArrayList<>(method.parameters(config, settings));
        for (ParameterSpec spec : all) {
            learningRates.put(spec.key(), options.learningRate());
        }
        this.head = new ClassificationHead(task, options.threshold());
        for (ParameterSpec spec : head.parameters(config.hiddenSize())) {
            all.add(spec);
            learningRates.put(spec.key(), options.headLearningRate());
        }
        this.specs = List.copyOf(all);
    }

    /** Returns the effective settings. */
    public MethodSettings settings() {
        return settings;
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
        Map<String, Object> config = new LinkedHashMap<>(method.adapterConfig(base.encoder().config(), settings));
        config.put("base_model_name_or_path", base.name());
        config.put("peftu_labels", task.labels());
        config.put("peftu_multi_label", task.multiLabel());
        return config;
    }

    /**
     * Trains one cohort: every given user's module, together.
     *
     * @param users the cohort
     * @param progress receives one call per step
     * @return each user's trained module, in the order given
     * @throws TrainingDivergedException if a user's training or validation loss is NaN or infinite
     */
    public List<TrainedModule> train(List<UserData> users, ProgressListener progress) {
        List<String> ids = users.stream().map(UserData::userId).toList();
        List<List<Row>> train = new ArrayList<>();
        List<Row> validation = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            train.add(rows(u, users.get(u), users.get(u).train()));
            validation.addAll(rows(u, users.get(u), users.get(u).val()));
        }
        precomputeEmbeddings(users.stream().flatMap(u -> Stream.of(u.train(), u.val(), u.test()))
                .flatMap(List::stream).toList());
        int cohort = users.size();
        boolean[] validated = new boolean[cohort];
        validation.forEach(row -> validated[row.user()] = true);
        List<EarlyStopping> stopping = new ArrayList<>();
        users.forEach(u -> stopping.add(new EarlyStopping(options.patience())));
        try (NDManager root = NDManager.newBaseManager(base.encoder().device());
             CohortParameters parameters = CohortParameters.initialize(root, specs, ids, seed)) {
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
                    trainStep(root, parameters, RowGroups.of(batches.step(s)), cohort, epoch, s);
                    progress.progress(phase, s + 1, batches.steps());
                }
                double[] loss = validationLoss(root, parameters, validation, cohort);
                for (int u = 0; u < cohort; u++) {
                    if (training[u]) {
                        if (validated[u]) {
                            TrainingDivergedException.check(settings, ids.get(u), epoch, "validation loss", loss[u]);
                        }
                        int user = u;
                        stopping.get(u).record(loss[u], () -> parameters.userWeights(user));
                    }
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
        precomputeEmbeddings(rows.stream().map(Row::example).toList());
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        modules.forEach(m -> predictions.put(m.userId(), new ArrayList<>()));
        try (NDManager root = NDManager.newBaseManager(base.encoder().device());
             CohortParameters parameters = CohortParameters.load(root, specs, modules)) {
            evaluate(root, parameters, rows, (step, pass, logits) -> {
                float[] probabilities = head.probabilities(logits).toFloatArray();
                for (int r = 0; r < pass.rows().size(); r++) {
                    if (pass.real(r)) {
                        Row row = pass.rows().get(r);
                        predictions.get(row.userId()).add(head.decode(row.example().id(), probabilities, r));
                    }
                }
            });
        }
        return predictions;
    }

    private void trainStep(NDManager root, CohortParameters parameters, RowGroups groups, int cohort, int epoch,
                           int step) {
        List<Row> rows = groups.rows();
        long[] rowSeeds = new long[rows.size()];
        for (int r = 0; r < rows.size(); r++) {
            rowSeeds[r] = Seeds.mix(seed, rows.get(r).userId(), "dropout", epoch, step, r % groups.rowsPerGroup());
        }
        int[] users = groups.groupUsers();
        float[] userLosses;
        try (NDManager scope = root.newSubManager()) {
            NDArray weight = scope.create(groups.meanWeights());
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                GroupParameters perGroup = new GroupParameters(scope, parameters, groups, rowSeeds);
                NDArray logits = head.logits(perGroup, features(scope, perGroup, rows));
                NDArray perUser = head.rowLosses(scope, logits, rows).mul(weight)
                        .reshape(users.length, groups.rowsPerGroup()).sum(new int[] {1});
                collector.backward(perUser.sum());
                userLosses = perUser.toFloatArray();
            }
            boolean[] present = new boolean[cohort];
            for (int g = 0; g < users.length; g++) {
                present[users[g]] = true;
                TrainingDivergedException.check(settings, rows.get(g * groups.rowsPerGroup()).userId(), epoch,
                        "training loss", userLosses[g]);
            }
            parameters.update(present, learningRates, options.weightDecay());
        }
    }

    private double[] validationLoss(NDManager root, CohortParameters parameters, List<Row> rows, int cohort) {
        double[] sum = new double[cohort];
        int[] count = new int[cohort];
        evaluate(root, parameters, rows, (step, pass, logits) -> {
            float[] losses = head.rowLosses(step, logits, pass.rows()).toFloatArray();
            for (int r = 0; r < losses.length; r++) {
                if (pass.real(r)) {
                    sum[pass.rows().get(r).user()] += losses[r];
                    count[pass.rows().get(r).user()]++;
                }
            }
        });
        double[] mean = new double[cohort];
        for (int u = 0; u < cohort; u++) {
            mean[u] = count[u] == 0 ? Double.NaN : sum[u] / count[u];
        }
        return mean;
    }

    /** Runs evaluation passes (no dropout, no gradients) over rows ordered by user. */
    private void evaluate(NDManager root, CohortParameters parameters, List<Row> rows, PassConsumer consumer) {
        List<List<Row>> groups = RowGroups.chunks(rows, options.batchSize());
        int start = 0;
        while (start < groups.size()) {
            int end = start + 1;
            int largest = groups.get(start).size();
            while (end < groups.size()
                    && (end - start + 1) * Math.max(largest, groups.get(end).size()) <= EVALUATION_BATCH) {
                largest = Math.max(largest, groups.get(end).size());
                end++;
            }
            RowGroups pass = RowGroups.of(groups.subList(start, end));
            try (NDManager step = root.newSubManager()) {
                GroupParameters perGroup = new GroupParameters(step, parameters, pass, null);
                consumer.accept(step, pass, head.logits(perGroup, features(step, perGroup, pass.rows())));
            }
            start = end;
        }
    }

    /** Computes the rows' sentence embeddings, {@code [rows, hidden]}, through the method's injection. */
    private NDArray features(NDManager step, GroupParameters parameters, List<Row> rows) {
        if (method.changesEncoder()) {
            List<long[]> ids = rows.stream().map(r -> base.tokenIds(r.example().text())).toList();
            EncodedBatch batch = EncodedBatch.pad(step, ids);
            NDArray hidden = base.encoder().forward(step, batch,
                    method.attach(base.encoder().config(), parameters, settings));
            return BertEncoder.meanPool(hidden, batch.attentionMask());
        }
        float[][] embeddings = base.embed(rows.stream().map(r -> r.example().text()).toList());
        int hidden = base.encoder().config().hiddenSize();
        float[] flat = new float[rows.size() * hidden];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(embeddings[r], 0, flat, r * hidden, hidden);
        }
        return step.create(flat, new Shape(rows.size(), hidden));
    }

    private List<Row> rows(int user, UserData data, List<Example> examples) {
        List<Row> rows = new ArrayList<>();
        for (Example example : examples) {
            Row row = new Row(user, data.userId(), example);
            head.target(row);
            rows.add(row);
        }
        return rows;
    }

    private void precomputeEmbeddings(List<Example> examples) {
        if (!method.changesEncoder()) {
            base.embed(examples.stream().map(Example::text).distinct().toList());
        }
    }

    /** Receives the logits of one evaluation pass. */
    private interface PassConsumer {
        void accept(NDManager step, RowGroups pass, NDArray logits);
    }
}
