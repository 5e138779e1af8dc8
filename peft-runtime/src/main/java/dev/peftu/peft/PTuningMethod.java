package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
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
 * linear layers as PyTorch's do, uniform in {@code +-1/sqrt(fan_in)}.
 */
public final class PTuningMethod implements PeftMethod {

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

    private static int encoderHidden(BertConfig base, MethodSettings settings) {
        return settings.string(ENCODER_HIDDEN_SIZE).equals(AUTO) ? base.hiddenSize()
                : settings.positiveInteger(ENCODER_HIDDEN_SIZE);
    }

    private static String mlpKey(int index, String part) {
        return ENCODER + "mlp_head." + index + "." + part;
    }

    @Override
    public List<ParameterSpec> parameters(BertConfig base, MethodSettings settings) {
        int tokens = settings.positiveInteger(VIRTUAL_TOKENS);
        int dim = base.hiddenSize();
        int hidden = encoderHidden(base, settings);
        int[] widths = {dim, hidden, hidden, dim};
        List<ParameterSpec> specs = new java.util.ArrayList<>();
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

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, MethodSettings settings) {
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

    @Override
    public Map<String, Object> adapterConfig(BertConfig base, MethodSettings settings) {
        Map<String, Object> config = HfAdapterConfig.promptLearning("P_TUNING", settings.positiveInteger(VIRTUAL_TOKENS),
                base);
        config.put("encoder_reparameterization_type", "MLP");
        config.put("encoder_hidden_size", encoderHidden(base, settings));
        config.put("encoder_num_layers", 2);
        config.put("encoder_dropout", 0.0);
        return config;
    }
}
