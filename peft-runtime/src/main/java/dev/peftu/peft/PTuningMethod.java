package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.DjlRuntime;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * P-tuning (Liu et al. 2021, "GPT Understands, Too"), named {@code p-tuning}: virtual tokens
 * placed as prompt tuning places them ({@link PromptTuningMethod}), but produced by a trainable
 * prompt encoder instead of trained directly. The encoder is HF PEFT's {@code PromptEncoder}
 * with {@code encoder_reparameterization_type=MLP}: an embedding of the virtual tokens, then
 * {@code Linear(token_dim, h)}, ReLU, {@code Linear(h, h)}, ReLU, {@code Linear(h, token_dim)},
 * with {@code h} the encoder hidden size (HF PEFT's default: the token dimension). Parameters
 * are keyed as in HF PEFT's prompt encoder ({@code prompt_encoder.embedding.weight},
 * {@code prompt_encoder.mlp_head.0.weight} ...); the embedding starts standard normal and the
 * linear layers as PyTorch's do, uniform in {@code +-1/sqrt(fan_in)}. A stored module also holds
 * what HF PEFT saves and loads for p-tuning: {@code prompt_embeddings}, the encoder's output for
 * every virtual token ({@code [tokens, token_dim]}), which HF PEFT loads into the prompt
 * encoder's embedding in inference mode. peftu keeps the encoder's own tensors beside it, so a
 * stored module can be used again exactly as it trained.
 */
public final class PTuningMethod implements PeftMethod<PTuningConfig> {

    /** Number of virtual tokens: a whole number >= 1. */
    public static final String VIRTUAL_TOKENS = PromptTuningMethod.VIRTUAL_TOKENS;
    /** Width of the prompt encoder's hidden layers: a whole number >= 1, or {@code auto} for the token dimension. */
    public static final String ENCODER_HIDDEN_SIZE = "encoderHiddenSize";

    private static final String ENCODER = "prompt_encoder.";
    private static final String EMBEDDING = ENCODER + "embedding.weight";
    private static final String AUTO = "auto";
    /** The MLP's linear layers by their index in HF PEFT's {@code mlp_head} sequence. */
    private static final int[] LINEAR_LAYERS = {0, 2, 4};

    @Override
    public String name() {
        return "p-tuning";
    }

    @Override
    public Map<String, String> defaults() {
        Map<String, String> defaults = new LinkedHashMap<>();
        defaults.put(VIRTUAL_TOKENS, "20");
        defaults.put(ENCODER_HIDDEN_SIZE, AUTO);
        // not tuned: between prompt tuning's rate for raw tokens and LoRA's for weight matrices
        defaults.put(TrainingKeys.LEARNING_RATE, "0.005");
        return defaults;
    }

    @Override
    public PTuningConfig configure(Architecture base, MethodSettings settings) {
        int hidden = settings.string(ENCODER_HIDDEN_SIZE).equals(AUTO) ? base.hiddenSize()
                : settings.positiveInteger(ENCODER_HIDDEN_SIZE);
        return new PTuningConfig(PromptLearningShape.of(settings.positiveInteger(VIRTUAL_TOKENS), base), hidden);
    }

    @Override
    public PTuningConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return PTuningConfig.read(adapterConfig);
    }

    private static String mlpKey(int index, String part) {
        return ENCODER + "mlp_head." + index + "." + part;
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, PTuningConfig config) {
        int tokens = config.shape().virtualTokens();
        int dim = base.hiddenSize();
        int hidden = config.encoderHiddenSize();
        int[] widths = {dim, hidden, hidden, dim};
        List<ParameterSpec> specs = new ArrayList<>();
        specs.add(new ParameterSpec(EMBEDDING, new long[] {tokens, dim}, Initializer.normal(1.0)));
        for (int i = 0; i < LINEAR_LAYERS.length; i++) {
            int in = widths[i];
            int out = widths[i + 1];
            specs.add(new ParameterSpec(mlpKey(LINEAR_LAYERS[i], "weight"), new long[] {out, in},
                    Initializer.kaimingUniform(in)));
            specs.add(new ParameterSpec(mlpKey(LINEAR_LAYERS[i], "bias"), new long[] {out},
                    Initializer.kaimingUniform(in)));
        }
        return specs;
    }

    /** Adds HF PEFT's {@code prompt_embeddings}: the prompt encoder run once over the trained tensors. */
    @Override
    public Map<String, HostTensor> storedWeights(Architecture base, PTuningConfig config,
                                                 Map<String, HostTensor> trained) {
        try (NDManager manager = NDManager.newBaseManager(DjlRuntime.device())) {
            NDArray tokens = array(manager, trained.get(EMBEDDING));
            for (int i = 0; i < LINEAR_LAYERS.length; i++) {
                tokens = Linear.linear(tokens, array(manager, trained.get(mlpKey(LINEAR_LAYERS[i], "weight"))),
                        array(manager, trained.get(mlpKey(LINEAR_LAYERS[i], "bias")))).singletonOrThrow();
                if (i < LINEAR_LAYERS.length - 1) {
                    tokens = Activation.relu(tokens);
                }
            }
            Map<String, HostTensor> stored = new LinkedHashMap<>(trained);
            stored.put(PromptTuningMethod.KEY, new HostTensor(tokens.getShape().getShape().clone(), tokens.toFloatArray()));
            return stored;
        }
    }

    private static NDArray array(NDManager manager, HostTensor tensor) {
        return manager.create(tensor.data(), new Shape(tensor.shape()));
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, PTuningConfig config) {
        return new Injection() {
            @Override
            public NDArray virtualTokens(NDArray embeddings) {
                // the encoder runs once per user, then its tokens are repeated for the user's rows
                NDArray tokens = parameters.perGroup(EMBEDDING);
                for (int i = 0; i < LINEAR_LAYERS.length; i++) {
                    NDArray weight = parameters.perGroup(mlpKey(LINEAR_LAYERS[i], "weight")).transpose(0, 2, 1);
                    NDArray bias = parameters.perGroup(mlpKey(LINEAR_LAYERS[i], "bias")).expandDims(1);
                    tokens = parameters.perGroupProduct(tokens, weight).add(bias);
                    if (i < LINEAR_LAYERS.length - 1) {
                        tokens = Activation.relu(tokens);
                    }
                }
                Shape shape = tokens.getShape();
                long groups = shape.get(0);
                return tokens.expandDims(1)
                        .broadcast(new Shape(groups, parameters.rowsPerGroup(), shape.get(1), shape.get(2)))
                        .reshape(groups * parameters.rowsPerGroup(), shape.get(1), shape.get(2));
            }
        };
    }
}
