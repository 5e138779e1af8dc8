package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.pytorch.engine.PtNDArray;
import ai.djl.pytorch.jni.JniUtils;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.random.Seeds;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The trainable parameters of a cohort of users: every parameter of one user laid end to end in
 * one row of a {@code [users, parameters]} array, so that a step's views of them are slices and
 * the optimizer updates every parameter of every user in a handful of operations. AdamW state is
 * owned here per user: a user's moments and step count move only on steps that had that user's
 * rows (Adam would otherwise keep moving an absent user with its momentum), so a user trains the
 * same alone or in a cohort.
 */
final class CohortParameters implements AutoCloseable {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final NDManager manager;
    private final List<ParameterSpec> specs;
    private final Map<String, long[]> offsets = new LinkedHashMap<>();
    private final int users;
    private final int width;
    private final NDArray values;
    private NDArray firstMoments;
    private NDArray secondMoments;
    private NDArray learningRates;
    private NDArray decays;
    private final int[] steps;

    private CohortParameters(NDManager manager, List<ParameterSpec> specs, int users, float[] stacked) {
        this.manager = manager;
        this.specs = List.copyOf(specs);
        this.users = users;
        long offset = 0;
        for (ParameterSpec spec : specs) {
            offsets.put(spec.key(), new long[] {offset, offset + spec.size()});
            offset += spec.size();
        }
        this.width = Math.toIntExact(offset);
        this.steps = new int[users];
        this.values = manager.create(stacked, new Shape(users, width));
        values.setRequiresGradient(true);
    }

    /**
     * Creates fresh parameters; each user's start is drawn from a generator seeded by the seed,
     * the user id and the parameter key only, except the parameters given a start, which every
     * user starts from.
     */
    static CohortParameters initialize(NDManager parent, List<ParameterSpec> specs, List<String> userIds, long seed,
                                       Map<String, HostTensor> starts, FrozenWeights base) {
        int width = Math.toIntExact(specs.stream().mapToLong(ParameterSpec::size).sum());
        float[] stacked = new float[width * userIds.size()];
        for (int u = 0; u < userIds.size(); u++) {
            int offset = u * width;
            for (ParameterSpec spec : specs) {
                int size = Math.toIntExact(spec.size());
                HostTensor start = starts.get(spec.key());
                if (start != null && start.size() != size) {
                    throw new IllegalArgumentException("start of " + spec + " has " + start.size() + " values");
                }
                float[] values = start != null ? start.data()
                        : spec.init().values(size, new SplittableRandom(Seeds.mix(seed, userIds.get(u), spec.key())),
                                base);
                System.arraycopy(values, 0, stacked, offset, size);
                offset += size;
            }
        }
        return new CohortParameters(parent.newSubManager(), specs, userIds.size(), stacked);
    }

    /** Loads trained modules, one per user, for prediction. */
    static CohortParameters load(NDManager parent, List<ParameterSpec> specs, List<TrainedModule> modules) {
        int width = Math.toIntExact(specs.stream().mapToLong(ParameterSpec::size).sum());
        float[] stacked = new float[width * modules.size()];
        for (int u = 0; u < modules.size(); u++) {
            int offset = u * width;
            for (ParameterSpec spec : specs) {
                int size = Math.toIntExact(spec.size());
                HostTensor tensor = modules.get(u).weights().get(spec.key());
                if (tensor == null || tensor.size() != size) {
                    throw new IllegalArgumentException("module of user '" + modules.get(u).userId() + "' has no "
                            + spec + (tensor == null ? "" : " (found " + tensor + ")"));
                }
                System.arraycopy(tensor.data(), 0, stacked, offset, size);
                offset += size;
            }
        }
        return new CohortParameters(parent.newSubManager(), specs, modules.size(), stacked);
    }

    /**
     * Returns every parameter of the given users, each {@code [users given, ...shape]}, on the
     * step's manager; gradients flow back to those users' rows only. The parameters are cut
     * from the users' rows in one split, whose backward pass is one concatenation.
     *
     * @param step the step's manager
     * @param cohortPositions the users, by position in the cohort
     * @return the parameters by key
     */
    Map<String, NDArray> forUsers(NDManager step, int[] cohortPositions) {
        boolean everyone = cohortPositions.length == users;
        for (int i = 0; everyone && i < cohortPositions.length; i++) {
            everyone = cohortPositions[i] == i;
        }
        NDArray rows = values;
        if (!everyone) {
            long[] positions = new long[cohortPositions.length];
            for (int i = 0; i < positions.length; i++) {
                positions[i] = cohortPositions[i];
            }
            rows = values.get(step, new NDIndex("{}", step.create(positions)));
        }
        long[] boundaries = new long[specs.size() - 1];
        for (int i = 0; i < boundaries.length; i++) {
            boundaries[i] = offsets.get(specs.get(i + 1).key())[0];
        }
        NDList parts = boundaries.length == 0 ? new NDList(rows.get(step, new NDIndex(":"))) : rows.split(boundaries, 1);
        // results belong to their operand's manager: the step's, not the cohort's
        parts.attach(step);
        Map<String, NDArray> byKey = new LinkedHashMap<>();
        for (int i = 0; i < specs.size(); i++) {
            long[] shape = specs.get(i).shape();
            long[] dims = new long[shape.length + 1];
            dims[0] = cohortPositions.length;
            System.arraycopy(shape, 0, dims, 1, shape.length);
            byKey.put(specs.get(i).key(), parts.get(i).reshape(new Shape(dims)));
        }
        return byKey;
    }

    /**
     * Applies one AdamW step, in place, to the users that had rows in the step, from the
     * gradients the backward pass left; the other users' parameters and state stay exactly as
     * they were. Clears the gradients.
     *
     * @param present per user, whether the step had rows of that user
     * @param learningRate learning rate per parameter key, before the parameter's own
     *     {@link ParameterSpec#learningRateScale()}
     * @param weightDecay decoupled weight decay, of the parameters that take it
     *     ({@link ParameterSpec#weightDecay()})
     */
    void update(boolean[] present, Map<String, Double> learningRate, double weightDecay) {
        float[] decay1 = new float[users];
        float[] decay2 = new float[users];
        float[] gain1 = new float[users];
        float[] gain2 = new float[users];
        float[] correction1 = new float[users];
        float[] correction2 = new float[users];
        float[] on = new float[users];
        for (int u = 0; u < users; u++) {
            if (present[u]) {
                steps[u]++;
            }
            decay1[u] = present[u] ? (float) BETA1 : 1f;
            decay2[u] = present[u] ? (float) BETA2 : 1f;
            gain1[u] = present[u] ? (float) (1 - BETA1) : 0f;
            gain2[u] = present[u] ? (float) (1 - BETA2) : 0f;
            int t = Math.max(1, steps[u]);
            correction1[u] = (float) (1 - Math.pow(BETA1, t));
            correction2[u] = (float) (1 - Math.pow(BETA2, t));
            on[u] = present[u] ? 1f : 0f;
        }
        if (firstMoments == null) {
            firstMoments = manager.zeros(values.getShape());
            secondMoments = manager.zeros(values.getShape());
            learningRates = manager.create(learningRateRow(learningRate), new Shape(1, width));
            decays = manager.create(decayRow(weightDecay), new Shape(1, width));
        }
        try (NDManager scratch = manager.newSubManager()) {
            Shape column = new Shape(users, 1);
            NDArray gradient = values.getGradient();
            gradient.attach(scratch);
            // results of operations belong to their first operand's manager: here, the scratch one
            scratch.tempAttachAll(values, firstMoments, secondMoments, learningRates, decays);
            firstMoments.muli(scratch.create(decay1, column)).addi(gradient.mul(scratch.create(gain1, column)));
            secondMoments.muli(scratch.create(decay2, column))
                    .addi(gradient.square().mul(scratch.create(gain2, column)));
            NDArray denominator = secondMoments.div(scratch.create(correction2, column)).sqrt().add(EPSILON);
            NDArray step = firstMoments.div(scratch.create(correction1, column)).div(denominator);
            if (weightDecay != 0) {
                step = step.add(values.mul(decays));
            }
            values.subi(step.mul(learningRates).mul(scratch.create(on, column)));
            // gradients accumulate across backward passes; this step's are used up
            JniUtils.zeroGrad((PtNDArray) values);
        }
    }

    private float[] learningRateRow(Map<String, Double> learningRate) {
        float[] row = new float[width];
        for (ParameterSpec spec : specs) {
            long[] range = offsets.get(spec.key());
            java.util.Arrays.fill(row, (int) range[0], (int) range[1],
                    (float) (learningRate.get(spec.key()) * spec.learningRateScale()));
        }
        return row;
    }

    private float[] decayRow(double weightDecay) {
        float[] row = new float[width];
        for (ParameterSpec spec : specs) {
            long[] range = offsets.get(spec.key());
            java.util.Arrays.fill(row, (int) range[0], (int) range[1], spec.weightDecay() ? (float) weightDecay : 0f);
        }
        return row;
    }

    /** Copies one user's parameters to the heap. */
    Map<String, HostTensor> userWeights(int user) {
        return byKey(values, user);
    }

    /**
     * Copies one user's gradients, as the backward passes since the last {@link #update} left
     * them, to the heap, keyed like {@link #userWeights}.
     */
    Map<String, HostTensor> userGradients(int user) {
        try (NDArray gradient = values.getGradient()) {
            return byKey(gradient, user);
        }
    }

    /** Cuts one user's row of a {@code [users, width]} array into its parameters. */
    private Map<String, HostTensor> byKey(NDArray stacked, int user) {
        float[] row;
        try (NDArray slice = stacked.get(user)) {
            row = slice.toFloatArray();
        }
        Map<String, HostTensor> weights = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            long[] range = offsets.get(spec.key());
            weights.put(spec.key(), new HostTensor(spec.shape().clone(),
                    java.util.Arrays.copyOfRange(row, (int) range[0], (int) range[1])));
        }
        return weights;
    }

    @Override
    public void close() {
        manager.close();
    }
}
