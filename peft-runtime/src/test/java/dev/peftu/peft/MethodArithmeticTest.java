package dev.peftu.peft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import dev.peftu.model.DjlRuntime;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import dev.peftu.model.BertConfig;
import dev.peftu.model.LinearSite;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Each method's injection computes its definition, checked on small hand-made tensors. */
class MethodArithmeticTest {

    private static final LinearSite QUERY = FixedParameters.TINY.site(0, BertConfig.QUERY);

    /** A hand-made sequence of values, varied in sign and size. */
    private static float[] values(int size, int salt) {
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = ((i * 7 + salt * 3) % 11 - 5) / 4f;
        }
        return values;
    }

    @Test
    void loraUnmergedForwardEqualsTheForwardWithTheUpdateMergedIntoTheWeight() {
        LoraMethod lora = new LoraMethod();
        ConfiguredMethod<?> configured = FixedParameters.configured(lora, FixedParameters.TINY, Map.of("r", "2", "alpha", "4", "dropout", "0", "targets", "query"));
        String module = HfPeftNames.module(FixedParameters.TINY, QUERY);
        try (NDManager step = NDManager.newBaseManager(DjlRuntime.device())) {
            // A drawn per user (two users), B hand-made and non-zero
            FixedParameters parameters = FixedParameters.drawn(step, configured.parameters(),
                    new long[] {1, 2}, spec -> spec.key().endsWith("lora_B.weight") ? values(8, 1) : null);
            float[] weight = values(16, 2);
            float[] bias = values(4, 3);
            float[] x = values(2 * 3 * 4, 4);
            NDArray input = step.create(x, new Shape(2, 3, 4));
            NDArray frozen = Linear.linear(input, step.create(weight, new Shape(4, 4)), step.create(bias, new Shape(4)))
                    .singletonOrThrow();
            Injection injection = parameters.attach(configured);
            float[] actual = injection.linear(QUERY, input, frozen).toFloatArray();

            float[] a = parameters.perGroup(module + ".lora_A.weight").toFloatArray();
            float[] b = parameters.perGroup(module + ".lora_B.weight").toFloatArray();
            double scaling = 4.0 / 2;
            double worst = 0;
            for (int row = 0; row < 2; row++) {
                // merged W' = W + (alpha / r) B A, with this row's own user's A and B
                double[] merged = new double[16];
                for (int o = 0; o < 4; o++) {
                    for (int i = 0; i < 4; i++) {
                        double update = 0;
                        for (int k = 0; k < 2; k++) {
                            update += b[row * 8 + o * 2 + k] * (double) a[row * 8 + k * 4 + i];
                        }
                        merged[o * 4 + i] = weight[o * 4 + i] + scaling * update;
                    }
                }
                for (int t = 0; t < 3; t++) {
                    for (int o = 0; o < 4; o++) {
                        double expected = bias[o];
                        for (int i = 0; i < 4; i++) {
                            expected += merged[o * 4 + i] * x[(row * 3 + t) * 4 + i];
                        }
                        worst = Math.max(worst, Math.abs(expected - actual[(row * 3 + t) * 4 + o]));
                    }
                }
            }
            System.out.printf("lora merged vs unmerged: max |difference| %.2e%n", worst);
            assertThat(worst).isLessThanOrEqualTo(1e-5);
        }
    }

    @Test
    void pfeifferAdapterRunsAfterTheAddAndLayerNormWithItsOwnResidualAndTheSameNormAgain() {
        PfeifferAdapterMethod pfeiffer = new PfeifferAdapterMethod();
        // hidden 4 / 2: a bottleneck of 2
        ConfiguredMethod<?> configured = FixedParameters.configured(pfeiffer, FixedParameters.TINY, Map.of("reductionFactor", "2"));
        List<ParameterSpec> specs = configured.parameters();
        try (NDManager step = NDManager.newBaseManager(DjlRuntime.device())) {
            FixedParameters parameters = FixedParameters.drawn(step, specs, new long[] {1},
                    spec -> values((int) spec.size(), (int) spec.size()));
            float[] down = values(8, 8);
            float[] downBias = values(2, 2);
            float[] up = values(8, 8);
            float[] upBias = values(4, 4);
            float[] f = values(8, 5);
            float[] x = values(8, 6);
            // a stand-in for the LayerNorm whose result shows how often and where it ran
            Injection injection = parameters.attach(configured);
            float[] actual = injection.feedForwardOutput(0, step.create(f, new Shape(1, 2, 4)),
                    step.create(x, new Shape(1, 2, 4)), (out, residual) -> out.add(residual).mul(2f)).toFloatArray();
            double worst = 0;
            for (int t = 0; t < 2; t++) {
                double[] normed = new double[4];
                for (int i = 0; i < 4; i++) {
                    normed[i] = 2 * (f[t * 4 + i] + x[t * 4 + i]);
                }
                double[] hidden = new double[2];
                for (int k = 0; k < 2; k++) {
                    hidden[k] = downBias[k];
                    for (int i = 0; i < 4; i++) {
                        hidden[k] += down[k * 4 + i] * normed[i];
                    }
                    hidden[k] = Math.max(0, hidden[k]);
                }
                for (int o = 0; o < 4; o++) {
                    double adapted = upBias[o];
                    for (int k = 0; k < 2; k++) {
                        adapted += up[o * 2 + k] * hidden[k];
                    }
                    double expected = 2 * (adapted + f[t * 4 + o] + x[t * 4 + o]);
                    worst = Math.max(worst, Math.abs(expected - actual[t * 4 + o]));
                }
            }
            System.out.printf("pfeiffer by hand: max |difference| %.2e%n", worst);
            assertThat(worst).isLessThanOrEqualTo(1e-5);
        }
    }

    @Test
    void pTuningStoresAsHfPeftsPromptEmbeddingsTheVirtualTokensItsEncoderPutsBeforeTheText() {
        PTuningMethod pTuning = new PTuningMethod();
        ConfiguredMethod<?> configured = FixedParameters.configured(pTuning, FixedParameters.TINY,
                Map.of("virtualTokens", "3", "encoderHiddenSize", "5"));
        List<ParameterSpec> specs = configured.parameters();
        try (NDManager step = NDManager.newBaseManager(DjlRuntime.device())) {
            FixedParameters parameters = FixedParameters.drawn(step, specs, new long[] {1},
                    spec -> values((int) spec.size(), (int) spec.size() % 7));
            float[] injected = parameters.attach(configured).virtualTokens(null).toFloatArray();
            Map<String, HostTensor> trained = new HashMap<>();
            for (ParameterSpec spec : specs) {
                trained.put(spec.key(), new HostTensor(spec.shape(), parameters.perGroup(spec.key()).toFloatArray()));
            }

            Map<String, HostTensor> stored = configured.storedWeights(trained);

            assertThat(stored).containsAllEntriesOf(trained);
            HostTensor promptEmbeddings = stored.get("prompt_embeddings");
            assertThat(promptEmbeddings.shape()).containsExactly(3, 4);
            assertThat(promptEmbeddings.data()).containsExactly(injected, within(1e-5f));
            assertThat(injected).isNotEqualTo(trained.get("prompt_encoder.embedding.weight").data());
        }
    }
}
