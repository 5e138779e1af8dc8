package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * {@link FrozenWeights} over a loaded model's arrays: each site's weight and bias as the model
 * holds them (or as it cuts them once from a fused projection: a cut is a new array on the
 * model's manager, so each is made once and kept), with derived values and constants
 * kept on the model's own manager for as long as the model lives. Every base model architecture
 * uses it, so that what a method derives is cached the same way everywhere.
 */
public final class FrozenSiteWeights implements FrozenWeights {

    private final Architecture architecture;
    private final NDManager manager;
    private final Function<LinearSite, NDArray> weights;
    private final Function<LinearSite, Optional<NDArray>> biases;
    private final Map<LinearSite, NDArray> weightCache = new ConcurrentHashMap<>();
    private final Map<LinearSite, Optional<NDArray>> biasCache = new ConcurrentHashMap<>();
    private final Map<String, Object> derived = new ConcurrentHashMap<>();

    /**
     * Wraps a model's arrays.
     *
     * @param architecture the model's architecture
     * @param manager the model's own manager, which outlives every step
     * @param weights a site's weight, {@code [out, in]}; asked once per site
     * @param biases a site's bias, or empty; asked once per site
     */
    public FrozenSiteWeights(Architecture architecture, NDManager manager, Function<LinearSite, NDArray> weights,
                             Function<LinearSite, Optional<NDArray>> biases) {
        this.architecture = architecture;
        this.manager = manager;
        this.weights = weights;
        this.biases = biases;
    }

    @Override
    public Architecture architecture() {
        return architecture;
    }

    @Override
    public NDArray weight(LinearSite site) {
        return weightCache.computeIfAbsent(site, weights);
    }

    @Override
    public Optional<NDArray> bias(LinearSite site) {
        return biasCache.computeIfAbsent(site, biases);
    }

    @Override
    public HostTensor hostWeight(LinearSite site) {
        NDArray weight = weight(site);
        return new HostTensor(weight.getShape().getShape(), weight.toFloatArray());
    }

    @Override
    @SuppressWarnings("unchecked")
    public <T> T derived(LinearSite site, String name, Function<LinearSite, T> compute) {
        String key = site.modulePath() + "#" + name;
        Object value = derived.get(key);
        if (value == null) {
            // computed outside the map: a computation may itself ask for other derived values
            Object computed = compute.apply(site);
            value = derived.putIfAbsent(key, computed);
            if (value == null) {
                value = computed;
            }
        }
        return (T) value;
    }

    @Override
    public synchronized NDArray constant(HostTensor tensor) {
        return manager.create(tensor.data(), new Shape(tensor.shape()));
    }
}
