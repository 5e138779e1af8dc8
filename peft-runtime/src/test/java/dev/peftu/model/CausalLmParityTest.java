package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The causal LM's logits equal those transformers computed for the same weights and batch (a
 * right-padded one), within 1e-4 in float32, for every supported model_type: Llama with Llama 3's
 * rotary scaling and tied embeddings in the pre-transformers-5 config layout, Mistral sharded
 * with untied embeddings and a sliding window shorter than the longest row, Qwen2 with its biases
 * stored in bf16, Qwen3 with its head norms and head_dim stored in f16.
 */
class CausalLmParityTest {

    private static final float TOLERANCE = 1e-4f;
    private static final Map<String, CausalLm> MODELS = new ConcurrentHashMap<>();

    static CausalLm model(String name) {
        return MODELS.computeIfAbsent(name, n -> {
            try {
                return CausalLm.load(CausalFixtures.directory(n));
            } catch (IOException e) {
                throw new IllegalStateException(e);
            }
        });
    }

    @AfterAll
    static void closeModels() {
        MODELS.values().forEach(CausalLm::close);
        MODELS.clear();
    }

    @ParameterizedTest
    @MethodSource("dev.peftu.model.CausalFixtures#names")
    void logitsEqualTransformersAtEveryRealTokenOfAPaddedBatch(String name) {
        CausalLm model = model(name);
        CausalFixtures.Expected expected = CausalFixtures.Expected.of(name);
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            EncodedBatch batch = expected.batch(step);
            float[] logits = model.logits(model.forward(step, batch, Injection.NONE)).toFloatArray();
            int vocab = model.config().vocabSize();
            for (int r = 0; r < expected.rows().size(); r++) {
                for (int t = 0; t < expected.rows().get(r).length; t++) {
                    int at = (r * batch.length() + t) * vocab;
                    for (int v = 0; v < vocab; v++) {
                        assertThat(logits[at + v]).as("%s row %d position %d token %d", name, r, t, v)
                                .isCloseTo(expected.logits()[r][t][v], within(TOLERANCE));
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @MethodSource("dev.peftu.model.CausalFixtures#names")
    void logitsAtChosenPositionsEqualTheFullLogitsThere(String name) {
        CausalLm model = model(name);
        CausalFixtures.Expected expected = CausalFixtures.Expected.of(name);
        try (NDManager step = NDManager.newBaseManager(model.device())) {
            NDArray hidden = model.forward(step, expected.batch(step), Injection.NONE);
            long[] rows = {2, 0, 1};
            long[] positions = {4, expected.rows().get(0).length - 1, 0};
            float[] picked = model.logitsAt(step, hidden, rows, positions).toFloatArray();
            int vocab = model.config().vocabSize();
            for (int i = 0; i < rows.length; i++) {
                for (int v = 0; v < vocab; v++) {
                    assertThat(picked[i * vocab + v])
                            .isCloseTo(expected.logits()[(int) rows[i]][(int) positions[i]][v], within(TOLERANCE));
                }
            }
        }
    }
}
