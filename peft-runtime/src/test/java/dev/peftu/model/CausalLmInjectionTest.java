package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import dev.peftu.store.Safetensors;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The causal LM's injection points are live and mean what they say: a change at {@code q_proj}
 * changes the logits, a prefix of keys and values equal to the model's own for a first token
 * (with the text's positions after it) reproduces the logits of the whole text, as transformers'
 * past key values do, and so does that token's embedding as a virtual token; the frozen weights
 * methods read are the stored tensors; and a pass leaves nothing on the model's manager.
 */
class CausalLmInjectionTest {

    private static final float TOLERANCE = 1e-4f;

    @AfterAll
    static void closeModels() {
        CausalLmParityTest.closeModels();
    }

    @Test
    void aChangeAtTheQueryProjectionChangesTheLogits() {
        CausalLm model = CausalLmParityTest.model("llama");
        List<long[]> rows = CausalFixtures.Expected.of("llama").rows();
        LinearSite query = model.config().site(0, CausalLmConfig.QUERY);
        Injection shifted = new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                return site.equals(query) ? output.add(Scalars.of(output.getManager(), 0.5f)) : output;
            }
        };
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            EncodedBatch batch = EncodedBatch.pad(step, rows);
            float[] plain = model.logits(model.forward(step, batch, Injection.NONE)).toFloatArray();
            float[] changed = model.logits(model.forward(step, batch, shifted)).toFloatArray();
            assertThat(maxDifference(plain, changed)).isGreaterThan(1e-2f);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"llama", "mistral", "qwen2"})
    void aPrefixOfTheFirstTokensKeysAndValuesReproducesTheWholeTextsLogits(String name) {
        CausalLm model = CausalLmParityTest.model(name);
        CausalLmConfig config = model.config();
        long[] text = CausalFixtures.Expected.of(name).rows().get(2);
        long[] rest = Arrays.copyOfRange(text, 1, text.length);
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            float[] whole = model.logits(model.forward(step, EncodedBatch.pad(step, List.of(text)), Injection.NONE))
                    .toFloatArray();
            // at position 0 the rotation is the identity, so the projected keys are the stored ones
            NDArray[][] firstToken = new NDArray[config.layers()][2];
            model.forward(step, EncodedBatch.pad(step, List.of(new long[] {text[0]})), new Injection() {
                @Override
                public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                    if (site.shortName().equals("k_proj")) {
                        firstToken[site.layer()][0] = output;
                    } else if (site.shortName().equals("v_proj")) {
                        firstToken[site.layer()][1] = output;
                    }
                    return output;
                }
            });
            Injection prefix = new Injection() {
                @Override
                public NDArray[] attentionPrefix(int layer) {
                    return firstToken[layer];
                }

                @Override
                public int positionOffset() {
                    return 1;
                }
            };
            float[] afterPrefix = model.logits(model.forward(step, EncodedBatch.pad(step, List.of(rest)), prefix))
                    .toFloatArray();
            int vocab = config.vocabSize();
            assertThat(maxDifference(afterPrefix, Arrays.copyOfRange(whole, vocab, whole.length)))
                    .isLessThan(TOLERANCE);
        }
    }

    @Test
    void theFirstTokensEmbeddingAsAVirtualTokenReproducesTheWholeTextsLogits() throws IOException {
        CausalLm model = CausalLmParityTest.model("qwen3");
        long[] text = CausalFixtures.Expected.of("qwen3").rows().get(2);
        long[] rest = Arrays.copyOfRange(text, 1, text.length);
        HostTensor embedding = Safetensors.read(CausalFixtures.directory("qwen3")
                .resolve(HfModelDirectory.WEIGHTS_FILE)).get(CausalLmWeightNames.EMBEDDING);
        int hidden = model.config().hiddenSize();
        float[] first = Arrays.copyOfRange(embedding.data(), (int) text[0] * hidden, (int) (text[0] + 1) * hidden);
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            float[] whole = model.logits(model.forward(step, EncodedBatch.pad(step, List.of(text)), Injection.NONE))
                    .toFloatArray();
            NDArray virtual = step.create(first, new Shape(1, 1, hidden));
            float[] afterVirtual = model.logits(model.forward(step, EncodedBatch.pad(step, List.of(rest)),
                    new Injection() {
                        @Override
                        public NDArray virtualTokens(NDArray embeddings) {
                            return virtual;
                        }
                    })).toFloatArray();
            int vocab = model.config().vocabSize();
            assertThat(afterVirtual).hasSize(whole.length - vocab);
            assertThat(maxDifference(afterVirtual, Arrays.copyOfRange(whole, vocab, whole.length)))
                    .isLessThan(TOLERANCE);
        }
    }

    @Test
    void aSequenceBeyondTheModelsPositionsIsAnErrorSayingItsLength() {
        CausalLm model = CausalLmParityTest.model("llama");
        long[] text = CausalFixtures.Expected.of("llama").rows().get(2);
        Injection farPrefix = new Injection() {
            @Override
            public int positionOffset() {
                return 240;
            }
        };
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            assertThatThrownBy(() -> model.forward(step, EncodedBatch.pad(step, List.of(text)), farPrefix))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessage("sequence of 27 tokens after 240 prefix tokens exceeds the model's 256 positions "
                            + "(max_position_embeddings)");
        }
    }

    @Test
    void frozenWeightsAreTheStoredTensorsWithQwen2sQueryKeyValueBiasesOnly() throws IOException {
        CausalLm model = CausalLmParityTest.model("qwen2");
        Map<String, HostTensor> stored = Safetensors.read(
                CausalFixtures.directory("qwen2").resolve(HfModelDirectory.WEIGHTS_FILE));
        FrozenWeights frozen = model.frozenWeights();
        for (LinearSite site : model.config().linearSites()) {
            String path = model.config().qualifiedPath(site);
            assertThat(frozen.weight(site).toFloatArray()).as(path)
                    .containsExactly(stored.get(path + ".weight").data());
            assertThat(frozen.weight(site).getShape().getShape())
                    .containsExactly(site.outFeatures(), site.inFeatures());
            boolean biased = List.of("q_proj", "k_proj", "v_proj").contains(site.shortName());
            assertThat(frozen.bias(site).isPresent()).as(path).isEqualTo(biased);
            frozen.bias(site).ifPresent(bias ->
                    assertThat(bias.toFloatArray()).containsExactly(stored.get(path + ".bias").data()));
        }
        assertThat(frozen.bias(model.config().site(1, CausalLmConfig.QUERY))).isPresent();
    }

    @Test
    void aPassLeavesNoArrayOnTheModelsManager() {
        CausalLm model = CausalLmParityTest.model("mistral");
        List<long[]> rows = CausalFixtures.Expected.of("mistral").rows();
        int before;
        try (NDManager warmUp = NDManager.newBaseManager(model.device())) {
            model.logits(model.forward(warmUp, EncodedBatch.pad(warmUp, rows), Injection.NONE));
            before = model.managedArrayCount();
        }
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            NDArray hidden = model.forward(step, EncodedBatch.pad(step, rows), Injection.NONE);
            model.logits(hidden);
            model.logitsAt(step, hidden, new long[] {0}, new long[] {1});
        }
        assertThat(model.managedArrayCount()).isEqualTo(before);
    }

    @Test
    void aGradientThroughTheWholeModelIsUnchangedByAGarbageCollectionBeforeBackward() {
        float[] calm = valueScaleGradient(false);
        float[] collected = valueScaleGradient(true);
        assertThat(collected).containsExactly(calm);
        assertThat(GradientUnderGarbageCollectionTest.max(calm)).as("the gradient is not trivially zero")
                .isGreaterThan(0f);
    }

    /** Gradient of a per-feature scale on every value projection of Qwen2, through the log-softmax of the logits. */
    private static float[] valueScaleGradient(boolean collectGarbage) {
        CausalLm model = CausalLmParityTest.model("qwen2");
        List<long[]> rows = CausalFixtures.Expected.of("qwen2").rows();
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            NDArray scale = step.ones(new Shape(model.config().keyValueWidth()));
            scale.setRequiresGradient(true);
            Injection scaleValues = new Injection() {
                @Override
                public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                    return site.shortName().equals("v_proj") ? output.mul(scale) : output;
                }
            };
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                EncodedBatch batch = EncodedBatch.pad(step, rows);
                NDArray hidden = model.forward(step, batch, scaleValues);
                NDArray loss = model.logitsAt(step, hidden, new long[] {0, 1, 2}, new long[] {3, 2, 20})
                        .logSoftmax(-1).get(":, 5").sum().neg();
                if (collectGarbage) {
                    GradientUnderGarbageCollectionTest.collectGarbage();
                }
                collector.backward(loss);
            }
            return scale.getGradient().toFloatArray();
        }
    }

    private static float maxDifference(float[] a, float[] b) {
        assertThat(a).hasSameSizeAs(b);
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }
}
