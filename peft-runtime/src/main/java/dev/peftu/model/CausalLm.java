package dev.peftu.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * A frozen causal language model of the Llama family (Llama, Mistral, Qwen2, Qwen3) written with
 * DJL operations as transformers runs it: pre-norm layers of RMSNorm, grouped-query self-attention
 * with rotary positions (Qwen3 normalizing each query and key head first) under a causal and
 * padding mask, and a SwiGLU feed-forward block {@code down(silu(gate(x)) * up(x))}; a final
 * RMSNorm and the output projection (or the tied input embedding) give the logits. Its weights
 * never receive gradients; parameter-efficient methods change the pass through an {@link Injection}.
 *
 * <p>Batches are right-padded: each row's tokens take positions {@code 0..n-1} (after the
 * injection's {@link Injection#positionOffset()}). Every array a pass creates belongs to the step
 * manager it is given, never to the model's own manager, so that closing the step frees the step.
 */
public final class CausalLm implements AutoCloseable {

    private static final String WEIGHT = ".weight";
    private static final String BIAS = ".bias";

    private final CausalLmConfig config;
    private final NDManager manager;
    private final Map<String, NDArray> weights = new HashMap<>();
    private final FrozenWeights frozen;
    private final NDArray outputProjection;

    private CausalLm(CausalLmDirectory directory, NDManager manager) throws IOException {
        this.config = directory.config();
        this.manager = manager;
        // a layer at a time, so that the heap holds one layer's float32 copy, never the whole model
        String layers = config.modulePrefix() + "layers.";
        load(directory, name -> !name.startsWith(layers));
        for (int layer = 0; layer < config.layers(); layer++) {
            String prefix = layers + layer + ".";
            load(directory, name -> name.startsWith(prefix));
        }
        this.outputProjection = weights.get(config.tieWordEmbeddings()
                ? CausalLmWeightNames.EMBEDDING : CausalLmWeightNames.LM_HEAD);
        this.frozen = new FrozenSiteWeights(config, manager,
                site -> weights.get(CausalLmWeightNames.ofSite(config, site, WEIGHT)),
                site -> Optional.ofNullable(weights.get(CausalLmWeightNames.ofSite(config, site, BIAS))));
    }

    private void load(CausalLmDirectory directory, Predicate<String> names) throws IOException {
        directory.read(names).forEach((name, tensor) -> weights.put(name,
                manager.create(tensor.data(), new Shape(tensor.shape()))));
    }

    /**
     * Builds the model from an opened directory, reading its weights onto a device.
     *
     * @param directory the configuration and checked weights
     * @param device where the weights live
     * @return the model
     * @throws IOException naming the file and tensor when a weight's data cannot be read
     */
    public static CausalLm create(CausalLmDirectory directory, Device device) throws IOException {
        NDManager manager = NDManager.newBaseManager(device);
        try {
            return new CausalLm(directory, manager);
        } catch (IOException | RuntimeException e) {
            manager.close();
            throw e;
        }
    }

    /**
     * Loads a model from a Hugging Face directory onto the device {@link DjlRuntime#device()} chooses.
     *
     * @param directory the model directory
     * @return the model
     * @throws IOException naming the file and field or tensor when the directory is not a supported model
     */
    public static CausalLm load(Path directory) throws IOException {
        return create(CausalLmDirectory.open(directory), DjlRuntime.device());
    }

    /** Returns the architecture. */
    public CausalLmConfig config() {
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

    /** Returns the number of arrays the model's own manager holds (constant unless a step leaks). */
    public int managedArrayCount() {
        return manager.getManagedArrays().size();
    }

    /**
     * Runs the model up to its final norm.
     *
     * @param step the manager that owns everything this pass creates
     * @param batch the right-padded token ids
     * @param injection how a PEFT method changes the pass ({@link Injection#NONE} for none)
     * @return the last hidden state over the text's tokens, after the final RMSNorm,
     *     {@code [batch, length, hidden]}; {@link #logits} turns it into logits
     */
    public NDArray forward(NDManager step, EncodedBatch batch, Injection injection) {
        NDArray x = weights.get(CausalLmWeightNames.EMBEDDING).get(step, new NDIndex("{}", batch.tokenIds()));
        NDArray mask = batch.attentionMask();
        NDArray virtual = injection.virtualTokens(x);
        int virtualCount = 0;
        if (virtual != null) {
            virtualCount = (int) virtual.getShape().get(1);
            x = virtual.concat(x, 1);
            mask = step.ones(new Shape(batch.size(), virtualCount)).concat(mask, 1);
        }
        int length = batch.length() + virtualCount;
        int offset = injection.positionOffset();
        if (offset + length > config.maxPositions()) {
            throw new IllegalArgumentException("sequence of " + batch.length() + " tokens"
                    + (virtualCount > 0 ? " and " + virtualCount + " virtual tokens" : "")
                    + (offset > 0 ? " after " + offset + " prefix tokens" : "")
                    + " exceeds the model's " + config.maxPositions() + " positions (max_position_embeddings)");
        }
        float[][] cosSin = config.rotary().cosSin(config.headSize(), offset, length);
        Shape tableShape = new Shape(1, 1, length, config.headSize());
        CausalAttention attention = new CausalAttention(config, step, mask,
                step.create(cosSin[0], tableShape), step.create(cosSin[1], tableShape));
        for (int layer = 0; layer < config.layers(); layer++) {
            x = transformerLayer(layer, x, attention, injection);
        }
        x = rmsNorm(step, x, CausalLmWeightNames.FINAL_NORM);
        return virtualCount > 0 ? x.get(new NDIndex(":, {}:", virtualCount)) : x;
    }

    private NDArray transformerLayer(int layer, NDArray x, CausalAttention attention, Injection injection) {
        NDManager step = x.getManager();
        NDArray normed = rmsNorm(step, x, CausalLmWeightNames.inLayer(config, layer, CausalLmWeightNames.INPUT_NORM,
                WEIGHT));
        NDArray query = linear(layer, CausalLmConfig.QUERY, normed, injection);
        NDArray key = linear(layer, CausalLmConfig.KEY, normed, injection);
        NDArray value = linear(layer, CausalLmConfig.VALUE, normed, injection);
        if (config.queryKeyNorm()) {
            query = headNorm(step, query, config.heads(), layer, CausalLmWeightNames.QUERY_NORM);
            key = headNorm(step, key, config.keyValueHeads(), layer, CausalLmWeightNames.KEY_NORM);
        }
        NDArray context = attention.attend(query, key, value, injection.attentionPrefix(layer));
        x = x.add(linear(layer, CausalLmConfig.ATTENTION_OUTPUT, context, injection));
        normed = rmsNorm(step, x, CausalLmWeightNames.inLayer(config, layer, CausalLmWeightNames.POST_ATTENTION_NORM,
                WEIGHT));
        NDArray gate = linear(layer, CausalLmConfig.GATE, normed, injection);
        NDArray up = linear(layer, CausalLmConfig.UP, normed, injection);
        NDArray down = linear(layer, CausalLmConfig.DOWN, gate.mul(Activation.sigmoid(gate)).mul(up), injection);
        return injection.feedForwardOutput(layer, down, x, NDArray::add);
    }

    /** Applies Qwen3's RMSNorm to each head of a projection, {@code [batch, length, heads * headSize]}. */
    private NDArray headNorm(NDManager step, NDArray projected, int heads, int layer, String norm) {
        Shape shape = projected.getShape();
        NDArray perHead = projected.reshape(shape.get(0), shape.get(1), heads, config.headSize());
        return rmsNorm(step, perHead, CausalLmWeightNames.inLayer(config, layer, norm, WEIGHT)).reshape(shape);
    }

    private NDArray linear(int layer, String name, NDArray input, Injection injection) {
        LinearSite site = config.site(layer, name);
        NDArray changed = injection.linearInput(site, input);
        NDArray product = Linear.linear(changed, frozen.weight(site), frozen.bias(site).orElse(null))
                .singletonOrThrow();
        return injection.linear(site, changed, product);
    }

    /** RMSNorm over the last axis, in float32 as transformers computes it: {@code x / sqrt(mean(x^2) + eps) * w}. */
    private NDArray rmsNorm(NDManager step, NDArray x, String weight) {
        NDArray meanSquare = x.square().mean(new int[] {-1}, true);
        return x.div(meanSquare.add(Scalars.of(step, config.rmsNormEps())).sqrt()).mul(weights.get(weight));
    }

    /**
     * Returns the logits of every position.
     *
     * @param hidden the output of {@link #forward}, {@code [batch, length, hidden]}
     * @return {@code [batch, length, vocab]}, on the step manager of {@code hidden}
     */
    public NDArray logits(NDArray hidden) {
        return Linear.linear(hidden, outputProjection, null).singletonOrThrow();
    }

    /**
     * Returns the logits at chosen positions only, sparing the output projection of the others
     * (scoring a label needs the positions before its tokens).
     *
     * @param step the manager that owns the result
     * @param hidden the output of {@link #forward}, {@code [batch, length, hidden]}
     * @param rows the batch row of each wanted position
     * @param positions the position within its row of each wanted position
     * @return {@code [rows.length, vocab]}, in the order asked
     */
    public NDArray logitsAt(NDManager step, NDArray hidden, long[] rows, long[] positions) {
        if (rows.length != positions.length) {
            throw new IllegalArgumentException(rows.length + " rows but " + positions.length + " positions");
        }
        Shape shape = hidden.getShape();
        long length = shape.get(1);
        long[] flat = new long[rows.length];
        for (int i = 0; i < flat.length; i++) {
            if (rows[i] < 0 || rows[i] >= shape.get(0) || positions[i] < 0 || positions[i] >= length) {
                throw new IllegalArgumentException("position (" + rows[i] + ", " + positions[i]
                        + ") is outside the batch of shape " + shape);
            }
            flat[i] = rows[i] * length + positions[i];
        }
        NDArray picked = hidden.reshape(shape.get(0) * length, shape.get(2)).get(new NDIndex("{}", step.create(flat)));
        return logits(picked);
    }

    @Override
    public void close() {
        manager.close();
    }
}
