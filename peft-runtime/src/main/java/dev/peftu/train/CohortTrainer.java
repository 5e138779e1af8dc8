package dev.peftu.train;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
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
import dev.peftu.model.HostTensor;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.HfPeftNames;
import dev.peftu.peft.Initializer;
import dev.peftu.peft.MethodSettings;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * Trains many users' modules of one PEFT method in one batched pass over the frozen base model.
 *
 * <p>Each user walks through its own shuffled training examples in batches of
 * {@link TrainingOptions#batchSize()}; step {@code s} of an epoch stacks batch {@code s} of every
 * user still training, runs them through the encoder together, each row through its own user's
 * parameters, and weights each row by one over its user's rows in the step. A user's
 * parameters thus get exactly the gradient of that user's own mean loss, and AdamW moves only
 * the users present (see {@link CohortParameters}): a cohort of one is the classic
 * one-user-at-a-time loop, and a larger cohort gives the same modules while using the machine
 * fully (DJL allows one gradient collector per JVM, so parallel threads are not an option).
 * After every epoch each user's validation loss decides early stopping; the user's best epoch
 * is kept.
 */
public final class CohortTrainer {

    private static final int EVALUATION_BATCH = 64;

    private final BaseModel base;
    private final PeftMethod method;
    private final MethodSettings settings;
    private final TrainingOptions options;
    private final TaskDefinition task;
    private final long seed;
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
        int labels = task.labels().size();
        all.add(new ParameterSpec(HfPeftNames.classifierWeight(), new long[] {labels, config.hiddenSize()},
                Initializer.kaimingUniform(config.hiddenSize())));
        all.add(new ParameterSpec(HfPeftNames.classifierBias(), new long[] {labels}, Initializer.zeros()));
        learningRates.put(HfPeftNames.classifierWeight(), options.headLearningRate());
        learningRates.put(HfPeftNames.classifierBias(), options.headLearningRate());
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
     */
    public List<TrainedModule> train(List<UserData> users, ProgressListener progress) {
        List<String> ids = users.stream().map(UserData::userId).toList();
        List<List<Row>> train = new ArrayList<>();
        List<Row> validation = new ArrayList<>();
        for (int u = 0; u < users.size(); u++) {
            train.add(rows(u, users.get(u), users.get(u).train()));
            validation.addAll(rows(u, users.get(u), users.get(u).val()));
        }
        precomputeEmbeddings(users);
        int cohort = users.size();
        double[] bestLoss = new double[cohort];
        Arrays.fill(bestLoss, Double.POSITIVE_INFINITY);
        int[] stale = new int[cohort];
        int[] epochs = new int[cohort];
        boolean[] active = new boolean[cohort];
        Arrays.fill(active, true);
        @SuppressWarnings("unchecked")
        Map<String, HostTensor>[] best = new Map[cohort];
        try (NDManager root = NDManager.newBaseManager(base.encoder().device());
             CohortParameters parameters = CohortParameters.initialize(root, specs, ids, seed)) {
            for (int epoch = 1; epoch <= options.epochs() && anyTrue(active); epoch++) {
                List<List<List<Row>>> batches = new ArrayList<>();
                int steps = 0;
                for (int u = 0; u < cohort; u++) {
                    List<List<Row>> userBatches = active[u] ? shuffledBatches(ids.get(u), train.get(u), epoch) : List.of();
                    batches.add(userBatches);
                    steps = Math.max(steps, userBatches.size());
                    if (active[u]) {
                        epochs[u] = epoch;
                    }
                }
                String phase = "epoch " + epoch + "/" + options.epochs();
                for (int s = 0; s < steps; s++) {
                    trainStep(root, parameters, batches, s, epoch);
                    progress.progress(phase, s + 1, steps);
                }
                double[] loss = validationLoss(root, parameters, validation, cohort);
                for (int u = 0; u < cohort; u++) {
                    if (!active[u]) {
                        continue;
                    }
                    if (Double.isNaN(loss[u]) || loss[u] < bestLoss[u]) {
                        bestLoss[u] = loss[u];
                        best[u] = parameters.userWeights(u);
                        stale[u] = 0;
                    } else if (++stale[u] >= options.patience()) {
                        active[u] = false;
                    }
                }
            }
            List<TrainedModule> modules = new ArrayList<>();
            for (int u = 0; u < cohort; u++) {
                Map<String, HostTensor> weights = best[u] != null ? best[u] : parameters.userWeights(u);
                modules.add(new TrainedModule(ids.get(u), weights, epochs[u], bestLoss[u]));
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
        if (!method.changesEncoder()) {
            base.embed(rows.stream().map(r -> r.example().text()).distinct().toList());
        }
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        modules.forEach(m -> predictions.put(m.userId(), new ArrayList<>()));
        int labels = task.labels().size();
        try (NDManager root = NDManager.newBaseManager(base.encoder().device());
             CohortParameters parameters = CohortParameters.load(root, specs, modules)) {
            for (int start = 0; start < rows.size(); start += EVALUATION_BATCH) {
                List<Row> batch = rows.subList(start, Math.min(rows.size(), start + EVALUATION_BATCH));
                try (NDManager step = root.newSubManager()) {
                    NDArray logits = logits(step, parameters, batch, null);
                    NDArray probabilities = task.multiLabel() ? ai.djl.nn.Activation.sigmoid(logits) : logits.softmax(1);
                    float[] values = probabilities.toFloatArray();
                    for (int r = 0; r < batch.size(); r++) {
                        float[] row = Arrays.copyOfRange(values, r * labels, (r + 1) * labels);
                        predictions.get(batch.get(r).userId()).add(prediction(batch.get(r).example().id(), row));
                    }
                }
            }
        }
        return predictions;
    }

    private Prediction prediction(String exampleId, float[] probabilities) {
        int top = 0;
        for (int l = 1; l < probabilities.length; l++) {
            if (probabilities[l] > probabilities[top]) {
                top = l;
            }
        }
        List<String> labels = new ArrayList<>();
        for (int l = 0; l < probabilities.length; l++) {
            if (l == top || (task.multiLabel() && probabilities[l] >= options.threshold())) {
                labels.add(task.labels().get(l));
            }
        }
        return new Prediction(exampleId, task.labels().get(top), labels);
    }

    private void trainStep(NDManager root, CohortParameters parameters, List<List<List<Row>>> batches, int step,
                           int epoch) {
        List<Row> rows = new ArrayList<>();
        List<Float> weights = new ArrayList<>();
        boolean[] present = new boolean[batches.size()];
        for (int u = 0; u < batches.size(); u++) {
            if (step < batches.get(u).size()) {
                List<Row> userRows = batches.get(u).get(step);
                present[u] = true;
                rows.addAll(userRows);
                for (int i = 0; i < userRows.size(); i++) {
                    weights.add(1f / userRows.size());
                }
            }
        }
        long[] rowSeeds = new long[rows.size()];
        for (int r = 0, inUser = 0; r < rows.size(); r++) {
            inUser = r > 0 && rows.get(r - 1).user() == rows.get(r).user() ? inUser + 1 : 0;
            rowSeeds[r] = Seeds.mix(seed, rows.get(r).userId(), "dropout", epoch, step, inUser);
        }
        try (NDManager scope = root.newSubManager()) {
            float[] rowWeights = new float[weights.size()];
            for (int i = 0; i < rowWeights.length; i++) {
                rowWeights[i] = weights.get(i);
            }
            NDArray weight = scope.create(rowWeights);
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray logits = logits(scope, parameters, rows, rowSeeds);
                NDArray loss = rowLosses(scope, logits, rows).mul(weight).sum();
                collector.backward(loss);
            }
            parameters.update(present, learningRates, options.weightDecay());
        }
    }

    private double[] validationLoss(NDManager root, CohortParameters parameters, List<Row> rows, int cohort) {
        double[] sum = new double[cohort];
        int[] count = new int[cohort];
        for (int start = 0; start < rows.size(); start += EVALUATION_BATCH) {
            List<Row> batch = rows.subList(start, Math.min(rows.size(), start + EVALUATION_BATCH));
            try (NDManager step = root.newSubManager()) {
                float[] losses = rowLosses(step, logits(step, parameters, batch, null), batch).toFloatArray();
                for (int r = 0; r < batch.size(); r++) {
                    sum[batch.get(r).user()] += losses[r];
                    count[batch.get(r).user()]++;
                }
            }
        }
        double[] mean = new double[cohort];
        for (int u = 0; u < cohort; u++) {
            mean[u] = count[u] == 0 ? Double.NaN : sum[u] / count[u];
        }
        return mean;
    }

    /**
     * Computes the rows' logits, {@code [rows, labels]}; training with dropout when row seeds
     * are given.
     */
    private NDArray logits(NDManager step, CohortParameters parameters, List<Row> rows, long[] rowSeeds) {
        int[] users = rows.stream().mapToInt(Row::user).toArray();
        RowParameters perRow = new RowParameters(step, parameters, step.create(users), rowSeeds);
        NDArray features;
        if (method.changesEncoder()) {
            List<long[]> ids = rows.stream().map(r -> base.tokenIds(r.example().text())).toList();
            EncodedBatch batch = EncodedBatch.pad(step, ids);
            NDArray hidden = base.encoder().forward(step, batch,
                    method.attach(base.encoder().config(), perRow, settings));
            features = BertEncoder.meanPool(hidden, batch.attentionMask());
        } else {
            float[][] embeddings = base.embed(rows.stream().map(r -> r.example().text()).toList());
            int hidden = base.encoder().config().hiddenSize();
            float[] flat = new float[rows.size() * hidden];
            for (int r = 0; r < rows.size(); r++) {
                System.arraycopy(embeddings[r], 0, flat, r * hidden, hidden);
            }
            features = step.create(flat, new Shape(rows.size(), hidden));
        }
        NDArray weight = perRow.perRow(HfPeftNames.classifierWeight()).transpose(0, 2, 1);
        NDArray bias = perRow.perRow(HfPeftNames.classifierBias());
        return features.expandDims(1).matMul(weight).squeeze(1).add(bias);
    }

    /** Cross-entropy for single-label tasks, mean binary cross-entropy over labels for multi-label ones. */
    private NDArray rowLosses(NDManager step, NDArray logits, List<Row> rows) {
        int labels = task.labels().size();
        float[] targets = new float[rows.size() * labels];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(target(rows.get(r)), 0, targets, r * labels, labels);
        }
        NDArray target = step.create(targets, new Shape(rows.size(), labels));
        if (!task.multiLabel()) {
            return logits.logSoftmax(1).mul(target).sum(new int[] {1}).neg();
        }
        NDArray one = BertEncoder.scalar(step, 1f);
        NDArray stable = logits.abs().neg().exp().add(one).log();
        return ai.djl.nn.Activation.relu(logits).sub(logits.mul(target)).add(stable).mean(new int[] {1});
    }

    private float[] target(Row row) {
        float[] target = new float[task.labels().size()];
        List<String> gold = task.multiLabel() ? row.example().labels() : row.example().labels().subList(0, 1);
        for (String label : gold) {
            int index = task.labels().indexOf(label);
            if (index < 0) {
                throw new IllegalArgumentException("user '" + row.userId() + "', example '" + row.example().id()
                        + "': label '" + label + "' is not one of the task's labels " + task.labels());
            }
            target[index] = 1f;
        }
        return target;
    }

    private List<Row> rows(int user, UserData data, List<Example> examples) {
        List<Row> rows = new ArrayList<>();
        for (Example example : examples) {
            if (example.labels().isEmpty()) {
                throw new IllegalArgumentException("user '" + data.userId() + "', example '" + example.id()
                        + "' has no label");
            }
            Row row = new Row(user, data.userId(), example);
            target(row);
            rows.add(row);
        }
        return rows;
    }

    private List<List<Row>> shuffledBatches(String userId, List<Row> rows, int epoch) {
        List<Row> order = new ArrayList<>(rows);
        SplittableRandom random = new SplittableRandom(Seeds.mix(seed, userId, "shuffle", epoch));
        for (int i = order.size() - 1; i > 0; i--) {
            java.util.Collections.swap(order, i, random.nextInt(i + 1));
        }
        List<List<Row>> batches = new ArrayList<>();
        for (int start = 0; start < order.size(); start += options.batchSize()) {
            batches.add(order.subList(start, Math.min(order.size(), start + options.batchSize())));
        }
        return batches;
    }

    private void precomputeEmbeddings(List<UserData> users) {
        if (!method.changesEncoder()) {
            base.embed(users.stream()
                    .flatMap(u -> java.util.stream.Stream.of(u.train(), u.val(), u.test()).flatMap(List::stream))
                    .map(Example::text).distinct().toList());
        }
    }

    private static boolean anyTrue(boolean[] values) {
        for (boolean value : values) {
            if (value) {
                return true;
            }
        }
        return false;
    }

    /** One example of one user of the cohort. */
    private record Row(int user, String userId, Example example) {
    }

    /** Gathers each stacked parameter per row, and draws per-row dropout masks. */
    private static final class RowParameters implements BatchParameters {

        private final NDManager step;
        private final CohortParameters parameters;
        private final NDArray users;
        private final long[] rowSeeds;
        private final Map<String, NDArray> gathered = new HashMap<>();

        RowParameters(NDManager step, CohortParameters parameters, NDArray users, long[] rowSeeds) {
            this.step = step;
            this.parameters = parameters;
            this.users = users;
            this.rowSeeds = rowSeeds;
        }

        @Override
        public NDArray perRow(String key) {
            return gathered.computeIfAbsent(key, k -> parameters.get(k).get(step, new NDIndex("{}", users)));
        }

        @Override
        public NDManager step() {
            return step;
        }

        @Override
        public boolean training() {
            return rowSeeds != null;
        }

        @Override
        public NDArray dropout(NDArray input, double rate, String site) {
            if (rowSeeds == null || rate == 0) {
                return input;
            }
            Shape shape = input.getShape();
            int rows = (int) shape.get(0);
            int perRow = (int) (shape.size() / rows);
            float keep = (float) (1 / (1 - rate));
            float[] mask = new float[rows * perRow];
            for (int r = 0; r < rows; r++) {
                // drawn in row-major order, so a row's first tokens get the same mask whatever the padding
                SplittableRandom random = new SplittableRandom(Seeds.mix(rowSeeds[r], site));
                for (int i = 0; i < perRow; i++) {
                    mask[r * perRow + i] = random.nextDouble() < rate ? 0f : keep;
                }
            }
            return input.mul(step.create(mask, shape));
        }
    }
}
