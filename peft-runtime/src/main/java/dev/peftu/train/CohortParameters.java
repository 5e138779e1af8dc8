package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.ParameterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The trainable parameters of a cohort of users, each declared parameter stacked over users
 * ({@code [users, ...shape]}), with AdamW state the trainer owns per user: a user's moments and
 * step count move only on steps that had that user's rows (trap 6 in the DJL notes), so a user
 * trains the same alone or in a cohort.
 */
final class CohortParameters implements AutoCloseable {

    private static final double BETA1 = 0.9;
    private static final double BETA2 = 0.999;
    private static final double EPSILON = 1e-8;

    private final NDManager manager;
    private final List<ParameterSpec> specs;
    private final List<String> userIds;
    private final Map<String, NDArray> values = new LinkedHashMap<>();
    private final Map<String, NDArray> firstMoments = new LinkedHashMap<>();
    private final Map<String, NDArray> secondMoments = new LinkedHashMap<>();
    private final int[] steps;

    private CohortParameters(NDManager manager, List<ParameterSpec> specs, List<String> userIds) {
        this.manager = manager;
        this.specs = List.copyOf(specs);
        this.userIds = List.copyOf(userIds);
        this.steps = new int[userIds.size()];
    }

    /**
     * Creates fresh parameters; each user's start is drawn from a generator seeded by the seed,
     * the user id and the parameter key only.
     */
    static CohortParameters initialize(NDManager parent, List<ParameterSpec> specs, List<String> userIds, long seed) {
        CohortParameters cohort = new CohortParameters(parent.newSubManager(), specs, userIds);
        for (ParameterSpec spec : specs) {
            int size = Math.toIntExact(spec.size());
            float[] stacked = new float[size * userIds.size()];
            for (int u = 0; u < userIds.size(); u++) {
                SplittableRandom random = new SplittableRandom(Seeds.mix(seed, userIds.get(u), spec.key()));
                System.arraycopy(spec.init().sample(size, random), 0, stacked, u * size, size);
            }
            cohort.put(spec, stacked);
        }
        return cohort;
    }

    /** Loads trained modules, one per user, for prediction. */
    static CohortParameters load(NDManager parent, List<ParameterSpec> specs, List<TrainedModule> modules) {
        CohortParameters cohort = new CohortParameters(parent.newSubManager(), specs,
                modules.stream().map(TrainedModule::userId).toList());
        for (ParameterSpec spec : specs) {
            int size = Math.toIntExact(spec.size());
            float[] stacked = new float[size * modules.size()];
            for (int u = 0; u < modules.size(); u++) {
                HostTensor tensor = modules.get(u).weights().get(spec.key());
                if (tensor == null || tensor.size() != size) {
                    throw new IllegalArgumentException("module of user '" + modules.get(u).userId() + "' has no "
                            + spec + (tensor == null ? "" : " (found " + tensor + ")"));
                }
                System.arraycopy(tensor.data(), 0, stacked, u * size, size);
            }
            cohort.put(spec, stacked);
        }
        return cohort;
    }

    private void put(ParameterSpec spec, float[] stacked) {
        long[] dims = new long[spec.shape().length + 1];
        dims[0] = userIds.size();
        System.arraycopy(spec.shape(), 0, dims, 1, spec.shape().length);
        NDArray array = manager.create(stacked, new Shape(dims));
        array.setRequiresGradient(true);
        values.put(spec.key(), array);
        firstMoments.put(spec.key(), manager.zeros(array.getShape()));
        secondMoments.put(spec.key(), manager.zeros(array.getShape()));
    }

    /** Returns the users, in stacking order. */
    List<String> userIds() {
        return userIds;
    }

    /** Returns a stacked parameter, {@code [users, ...shape]}. */
    NDArray get(String key) {
        NDArray value = values.get(key);
        if (value == null) {
            throw new IllegalArgumentException("no parameter '" + key + "'; declared: " + values.keySet());
        }
        return value;
    }

    /**
     * Applies one AdamW step to the users that had rows in the step, from the gradients the
     * backward pass left on the parameters; the other users' parameters and state stay exactly
     * as they were.
     *
     * @param present per user, whether the step had rows of that user
     * @param learningRates learning rate per parameter key
     * @param weightDecay decoupled weight decay
     */
    void update(boolean[] present, Map<String, Double> learningRates, double weightDecay) {
        float[] mask = new float[userIds.size()];
        float[] correction1 = new float[userIds.size()];
        float[] correction2 = new float[userIds.size()];
        for (int u = 0; u < mask.length; u++) {
            if (present[u]) {
                steps[u]++;
                mask[u] = 1f;
            }
            int t = Math.max(1, steps[u]);
            correction1[u] = (float) (1 - Math.pow(BETA1, t));
            correction2[u] = (float) (1 - Math.pow(BETA2, t));
        }
        List<NDArray> retired = new ArrayList<>();
        try (NDManager scratch = manager.newSubManager()) {
            for (ParameterSpec spec : specs) {
                String key = spec.key();
                NDArray value = values.get(key);
                NDArray m = firstMoments.get(key);
                NDArray v = secondMoments.get(key);
                NDArray gradient = value.getGradient();
                gradient.attach(scratch);
                scratch.tempAttachAll(value, m, v);
                Shape perUser = broadcastShape(value.getShape());
                NDArray on = scratch.create(mask).reshape(perUser);
                NDArray off = on.neg().add(1f);
                NDArray mNew = m.mul(BETA1).add(gradient.mul(1 - BETA1));
                NDArray vNew = v.mul(BETA2).add(gradient.square().mul(1 - BETA2));
                mNew = mNew.mul(on).add(m.mul(off));
                vNew = vNew.mul(on).add(v.mul(off));
                NDArray mHat = mNew.div(scratch.create(correction1).reshape(perUser));
                NDArray vHat = vNew.div(scratch.create(correction2).reshape(perUser));
                NDArray step = mHat.div(vHat.sqrt().add(EPSILON)).add(value.mul(weightDecay))
                        .mul(learningRates.get(key));
                NDArray updated = value.sub(step.mul(on));
                retired.add(values.put(key, keep(updated)));
                retired.add(firstMoments.put(key, keep(mNew)));
                retired.add(secondMoments.put(key, keep(vNew)));
                values.get(key).setRequiresGradient(true);
            }
        }
        // the old arrays went back to this manager when the scratch closed
        retired.forEach(NDArray::close);
    }

    private NDArray keep(NDArray array) {
        array.attach(manager);
        return array;
    }

    private static Shape broadcastShape(Shape shape) {
        long[] dims = new long[shape.dimension()];
        java.util.Arrays.fill(dims, 1);
        dims[0] = shape.get(0);
        return new Shape(dims);
    }

    /** Copies one user's parameters to the heap. */
    Map<String, HostTensor> userWeights(int user) {
        Map<String, HostTensor> weights = new LinkedHashMap<>();
        for (ParameterSpec spec : specs) {
            try (NDArray slice = values.get(spec.key()).get(user)) {
                weights.put(spec.key(), new HostTensor(spec.shape().clone(), slice.toFloatArray()));
            }
        }
        return weights;
    }

    @Override
    public void close() {
        manager.close();
    }
}
