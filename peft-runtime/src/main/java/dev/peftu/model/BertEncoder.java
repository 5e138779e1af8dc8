package dev.peftu.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDList;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.DataType;
import ai.djl.ndarray.types.Shape;
import ai.djl.ndarray.NDArrays;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A frozen BERT-family encoder written with DJL operations: embeddings, self-attention with a
 * padding mask, feed-forward with exact (erf) GELU and post-LayerNorm residuals. Its weights
 * never receive gradients; parameter-efficient methods change the forward pass through an
 * {@link Injection}.
 *
 * <p>Every array a forward pass creates belongs to the step manager it is given, never to the
 * encoder's own manager, so that closing the step manager frees the whole step.
 */
public final class BertEncoder implements AutoCloseable {

    /** The fewest keys PyTorch's CPU softmax runs vectorized over (16 floats, one AVX-512 register). */
    private static final long SOFTMAX_VECTOR = 16;
    /** What attention scores add for a key that must get no attention. */
    private static final float BLOCKED = -1e9f;

    private final BertConfig config;
    private final NDManager manager;
    private final Map<String, NDArray> weights = new HashMap<>();
    /** Every layer's linear sites, in {@link BertConfig#SITE_NAMES} order. */
    private final LinearSite[][] sites;
    private final FrozenWeights frozen;

    private BertEncoder(BertConfig config, NDManager manager) {
        this.config = config;
        this.manager = manager;
        this.sites = new LinearSite[config.layers()][];
        for (int layer = 0; layer < config.layers(); layer++) {
            int l = layer;
            sites[layer] = BertConfig.SITE_NAMES.stream().map(name -> config.site(l, name)).toArray(LinearSite[]::new);
        }
        this.frozen = new FrozenSiteWeights(config, manager, site -> frozenPart(site, ".weight"),
                site -> Optional.of(frozenPart(site, ".bias")));
    }

    /**
     * Builds an encoder from weights in Hugging Face BERT naming and PyTorch layout
     * ({@code [out, in]} for linear weights).
     *
     * @param config the architecture
     * @param hostWeights the weights by HF name
     * @param device where the weights live
     * @param source where the weights come from, for error messages
     * @return the encoder
     */
    public static BertEncoder create(BertConfig config, Map<String, HostTensor> hostWeights, Device device,
                                     String source) {
        NDManager manager = NDManager.newBaseManager(device);
        BertEncoder encoder = new BertEncoder(config, manager);
        try {
            encoder.load(hostWeights, source);
            return encoder;
        } catch (RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    private void load(Map<String, HostTensor> hostWeights, String source) {
        int h = config.hiddenSize();
        put(hostWeights, source, "embeddings.word_embeddings.weight", config.vocabSize(), h);
        put(hostWeights, source, "embeddings.position_embeddings.weight", config.maxPositions(), h);
        put(hostWeights, source, "embeddings.token_type_embeddings.weight", config.typeVocabSize(), h);
        put(hostWeights, source, "embeddings.LayerNorm.weight", h);
        put(hostWeights, source, "embeddings.LayerNorm.bias", h);
        for (int layer = 0; layer < config.layers(); layer++) {
            for (LinearSite site : sites[layer]) {
                String prefix = site.modulePath();
                put(hostWeights, source, prefix + ".weight", site.outFeatures(), site.inFeatures());
                put(hostWeights, source, prefix + ".bias", site.outFeatures());
            }
            fuseQueryKeyValue(layer);
            String base = "encoder.layer." + layer + ".";
            for (String norm : List.of("attention.output.LayerNorm", "output.LayerNorm")) {
                put(hostWeights, source, base + norm + ".weight", h);
                put(hostWeights, source, base + norm + ".bias", h);
            }
        }
    }

    /**
     * Replaces a layer's query, key and value projections by one projection of three times the
     * width: one matrix product per layer instead of three, and one in the backward pass.
     */
    private void fuseQueryKeyValue(int layer) {
        for (String part : List.of(".weight", ".bias")) {
            NDList separate = new NDList();
            for (int qkv = 0; qkv < 3; qkv++) {
                separate.add(weights.remove(sites[layer][qkv].modulePath() + part));
            }
            weights.put(fusedQueryKeyValue(layer) + part, NDArrays.concat(separate, 0));
            separate.close();
        }
    }

    private static String fusedQueryKeyValue(int layer) {
        return "encoder.layer." + layer + ".attention.self.query_key_value";
    }

    /**
     * Returns a site's frozen weight or bias: its own array, or its third of the layer's fused
     * query, key and value projection, cut once ({@link FrozenSiteWeights} keeps it).
     */
    private NDArray frozenPart(LinearSite site, String part) {
        NDArray own = weights.get(site.modulePath() + part);
        if (own != null) {
            return own;
        }
        int third = java.util.Arrays.asList(sites[site.layer()]).indexOf(site);
        long width = site.outFeatures();
        return weights.get(fusedQueryKeyValue(site.layer()) + part)
                .get(new NDIndex("{}:{}", third * width, (third + 1) * width));
    }

    private void put(Map<String, HostTensor> hostWeights, String source, String name, long... shape) {
        weights.put(name, toArray(require(hostWeights, source, name, shape)));
    }

    private static HostTensor require(Map<String, HostTensor> hostWeights, String source, String name,
                                      long... shape) {
        HostTensor tensor = hostWeights.get(name);
        if (tensor == null) {
            throw new ModelFormatException(source + ": weight '" + name + "' is missing");
        }
        if (!java.util.Arrays.equals(tensor.shape(), shape)) {
            throw new ModelFormatException(source + ": weight '" + name + "' has shape "
                    + java.util.Arrays.toString(tensor.shape()) + ", expected " + java.util.Arrays.toString(shape));
        }
        return tensor;
    }

    private NDArray toArray(HostTensor tensor) {
        return manager.create(tensor.data(), new Shape(tensor.shape()));
    }

    /** Returns the architecture. */
    public BertConfig config() {
        return config;
    }

    /** Returns the frozen weights as PEFT methods read them. */
    public FrozenWeights frozenWeights() {
        return frozen;
    }

    /** Returns the device the weights live on. */
    public Device device() {
        return manager.getDevice();
    }

    /**
     * Copies every weight to the heap, by HF name (linear weights {@code [out, in]}; each layer's
     * query, key and value projections as one {@code attention.self.query_key_value} projection).
     */
    public Map<String, HostTensor> weightsSnapshot() {
        Map<String, HostTensor> copy = new java.util.TreeMap<>();
        weights.forEach((name, array) -> copy.put(name, new HostTensor(array.getShape().getShape(), array.toFloatArray())));
        return copy;
    }

    /** Returns the number of arrays the encoder's own manager holds (constant unless a step leaks). */
    public int managedArrayCount() {
        return manager.getManagedArrays().size();
    }

    /**
     * Runs the encoder.
     *
     * @param step the manager that owns everything this pass creates
     * @param batch the padded token ids
     * @param injection how a PEFT method changes the pass ({@link Injection#NONE} for none)
     * @return the last hidden state over the text's tokens, {@code [batch, length, hidden]}
     */
    public NDArray forward(NDManager step, EncodedBatch batch, Injection injection) {
        NDArray ids = batch.tokenIds();
        NDArray mask = batch.attentionMask();
        NDArray x = weights.get("embeddings.word_embeddings.weight").get(step, new NDIndex("{}", ids));
        // as HF PEFT does for prompt learning: virtual tokens join the word embeddings, so they
        // take the first positions and pass through the embedding LayerNorm like real tokens
        NDArray virtual = injection.virtualTokens(x);
        int virtualCount = 0;
        if (virtual != null) {
            virtualCount = (int) virtual.getShape().get(1);
            x = virtual.concat(x, 1);
            mask = step.ones(new Shape(batch.size(), virtualCount), DataType.FLOAT32).concat(mask, 1);
        }
        int length = batch.length() + virtualCount;
        // after a prefix, the text takes the positions after it, as in transformers' BERT
        int offset = injection.positionOffset();
        if (offset + length > config.maxPositions()) {
            throw new IllegalArgumentException("sequence of " + batch.length() + " tokens"
                    + (virtualCount > 0 ? " and " + virtualCount + " virtual tokens" : "")
                    + (offset > 0 ? " after " + offset + " prefix tokens" : "")
                    + " exceeds the model's " + config.maxPositions() + " positions");
        }
        x = x.add(weights.get("embeddings.position_embeddings.weight")
                        .get(step, new NDIndex("{}:{}", offset, offset + length)))
                .add(weights.get("embeddings.token_type_embeddings.weight").get(step, new NDIndex("0")));
        x = layerNorm(x, "embeddings.LayerNorm");
        NDArray blocked = blocked(step, mask);
        for (int layer = 0; layer < config.layers(); layer++) {
            x = transformerLayer(step, layer, x, mask, blocked, injection);
        }
        if (virtualCount > 0) {
            x = x.get(new NDIndex(":, {}:", virtualCount));
        }
        return x;
    }

    private NDArray transformerLayer(NDManager step, int layer, NDArray x, NDArray mask, NDArray blocked,
                                     Injection injection) {
        String base = "encoder.layer." + layer + ".";
        LinearSite[] layerSites = sites[layer];
        NDArray[] inputs = new NDArray[3];
        NDArray[] projected = new NDArray[3];
        for (int qkv = 0; qkv < 3; qkv++) {
            inputs[qkv] = injection.linearInput(layerSites[qkv], x);
        }
        if (inputs[0] == x && inputs[1] == x && inputs[2] == x) {
            NDList projections = dense(x, fusedQueryKeyValue(layer)).split(3, 2);
            for (int qkv = 0; qkv < 3; qkv++) {
                projected[qkv] = projections.get(qkv);
            }
        } else {
            // a method changes an input of its own: each projection takes its own product
            for (int qkv = 0; qkv < 3; qkv++) {
                projected[qkv] = Linear.linear(inputs[qkv], frozen.weight(layerSites[qkv]),
                        frozen.bias(layerSites[qkv]).orElseThrow()).singletonOrThrow();
            }
        }
        NDArray query = injection.linear(layerSites[0], inputs[0], projected[0]);
        NDArray key = injection.linear(layerSites[1], inputs[1], projected[1]);
        NDArray value = injection.linear(layerSites[2], inputs[2], projected[2]);
        NDArray keyBlocked = blocked;
        NDArray[] prefix = injection.attentionPrefix(layer);
        if (prefix != null) {
            key = prefix[0].concat(key, 1);
            value = prefix[1].concat(value, 1);
            long prefixCount = prefix[0].getShape().get(1);
            keyBlocked = blocked(step,
                    step.ones(new Shape(mask.getShape().get(0), prefixCount), DataType.FLOAT32).concat(mask, 1));
        }
        NDArray context = attention(step, heads(query), heads(key), heads(value), keyBlocked);
        NDArray attended = linear(layerSites[3], context, injection);
        x = layerNorm(attended.add(x), base + "attention.output.LayerNorm");
        // PyTorch's own GELU is the exact (erf) one; fused, its backward is one operation instead of five
        NDArray intermediate = Activation.gelu(linear(layerSites[4], x, injection));
        NDArray output = linear(layerSites[5], intermediate, injection);
        return injection.feedForwardOutput(layer, output, x,
                (out, residual) -> layerNorm(out.add(residual), base + "output.LayerNorm"));
    }

    /**
     * Turns a key mask {@code [batch, keys]} into what attention scores add,
     * {@code [batch, 1, 1, keys]}: 0 where a key is a real token, a large negative number where
     * it is padding. Computed once per pass, not once per layer.
     */
    private static NDArray blocked(NDManager step, NDArray keyMask) {
        return keyMask.sub(Scalars.of(step, 1f)).mul(Scalars.of(step, -BLOCKED)).expandDims(1).expandDims(1);
    }

    private NDArray attention(NDManager step, NDArray query, NDArray key, NDArray value, NDArray blocked) {
        NDArray scale = Scalars.of(step, (float) (1.0 / Math.sqrt(config.headSize())));
        // scaled after the product: the scores are smaller than the queries while keys < head size
        NDArray scores = query.matMul(key.transpose(0, 1, 3, 2)).mul(scale).add(blocked);
        long keys = key.getShape().get(2);
        NDArray probabilities;
        if (keys < SOFTMAX_VECTOR) {
            // PyTorch's CPU softmax over a last dimension shorter than one vector register takes
            // a scalar path about 14 times slower per value (7.4 ns against 0.55 ns at 15 and 16
            // keys); blocked columns widen it and get a probability of exactly 0, then go again
            Shape shape = scores.getShape();
            NDArray padding = step.full(new Shape(shape.get(0), shape.get(1), shape.get(2), SOFTMAX_VECTOR - keys),
                    BLOCKED, DataType.FLOAT32);
            probabilities = scores.concat(padding, 3).softmax(-1).get(new NDIndex(":, :, :, :{}", keys));
        } else {
            probabilities = scores.softmax(-1);
        }
        NDArray context = probabilities.matMul(value).transpose(0, 2, 1, 3);
        Shape shape = context.getShape();
        return context.reshape(shape.get(0), shape.get(1), (long) config.hiddenSize());
    }

    private NDArray heads(NDArray x) {
        Shape shape = x.getShape();
        return x.reshape(shape.get(0), shape.get(1), config.heads(), config.headSize()).transpose(0, 2, 1, 3);
    }

    private NDArray linear(LinearSite site, NDArray input, Injection injection) {
        NDArray changed = injection.linearInput(site, input);
        return injection.linear(site, changed, dense(changed, site.modulePath()));
    }

    /** Applies the frozen linear layer at a module path. */
    private NDArray dense(NDArray input, String path) {
        return Linear.linear(input, weights.get(path + ".weight"), weights.get(path + ".bias")).singletonOrThrow();
    }

    private NDArray layerNorm(NDArray x, String name) {
        NDList out = LayerNorm.layerNorm(x, new Shape(config.hiddenSize()),
                weights.get(name + ".weight"), weights.get(name + ".bias"), config.layerNormEps());
        return out.singletonOrThrow();
    }


    /**
     * Averages hidden states over real tokens (padding excluded): the sentence embedding
     * all-MiniLM-L6-v2 was trained to produce.
     *
     * @param hidden {@code [batch, length, hidden]}
     * @param attentionMask {@code [batch, length]}, 1 for real tokens
     * @return {@code [batch, hidden]}
     */
    public static NDArray meanPool(NDArray hidden, NDArray attentionMask) {
        NDArray mask = attentionMask.expandDims(2);
        return hidden.mul(mask).sum(new int[] {1}).div(mask.sum(new int[] {1}));
    }

    @Override
    public void close() {
        manager.close();
    }
}
