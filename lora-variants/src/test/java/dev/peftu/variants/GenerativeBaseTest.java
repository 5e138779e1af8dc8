package dev.peftu.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.CausalLm;
import dev.peftu.model.EncodedBatch;
import dev.peftu.model.Injection;
import dev.peftu.peft.ConfiguredMethod;
import dev.peftu.peft.LoraConfig;
import dev.peftu.peft.PeftConfig;
import dev.peftu.peft.PeftMethod;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The variants run unchanged on a causal LM of the Llama family (the tiny random checkpoints the
 * runtime's parity tests hold, read from the sibling module): on HF PEFT's default targets for the
 * family ({@code q_proj}, {@code v_proj}) each starts from the frozen model's logits, and a trained
 * update changes them.
 */
class GenerativeBaseTest {

    private static final Path FIXTURES = Path.of("../peft-runtime/src/test/resources/causal");

    @ParameterizedTest
    @ValueSource(strings = {"llama", "qwen2", "qwen3"})
    void everyVariantStartsFromTheFrozenCausalLmAndMovesItOnceTrained(String modelType) throws Exception {
        try (CausalLm lm = CausalLm.load(FIXTURES.resolve(modelType))) {
            assertThat(lm.config().modelType()).isEqualTo(modelType);
            float[] frozen = logits(lm, step -> Injection.NONE);
            for (PeftMethod<?> method : List.of(new DoraMethod(), new PissaMethod(), new LoraPlusMethod(),
                    new RsLoraMethod())) {
                ConfiguredMethod<?> configured = ConfiguredMethod.of(method, lm.config(),
                        MethodSettings.of(method.name(), method.defaults(), Map.of()));
                assertThat(loraOf(configured.config()).targetModules()).containsExactly("q_proj", "v_proj");
                float[] start = logits(lm, step -> configured.attach(lm.frozenWeights(),
                        new GivenParameters(step, configured.parameters(), lm.frozenWeights(), spec -> null)));
                assertThat(start).as(method.name()).containsExactly(frozen, within(1e-4f));
                float[] trained = logits(lm, step -> configured.attach(lm.frozenWeights(),
                        new GivenParameters(step, configured.parameters(), lm.frozenWeights(),
                                spec -> spec.key().endsWith("lora_B.weight") ? random((int) spec.size()) : null)));
                assertThat(maxDifference(trained, frozen)).as(method.name()).isGreaterThan(1e-3f);
            }
        }
    }

    private static LoraConfig loraOf(PeftConfig config) {
        if (config instanceof DoraConfig dora) {
            return dora.lora();
        }
        if (config instanceof PissaConfig pissa) {
            return pissa.lora();
        }
        if (config instanceof LoraPlusConfig plus) {
            return plus.lora();
        }
        return ((RsLoraConfig) config).lora();
    }

    /** The logits of one short text through an injection made on the pass's manager. */
    private static float[] logits(CausalLm lm, java.util.function.Function<NDManager, Injection> injection) {
        try (NDManager step = NDManager.newBaseManager(lm.device())) {
            EncodedBatch batch = EncodedBatch.pad(step, List.of(new long[] {3, 17, 42, 99, 120, 7}));
            return lm.logits(lm.forward(step, batch, injection.apply(step))).toFloatArray();
        }
    }

    private static float maxDifference(float[] a, float[] b) {
        float max = 0;
        for (int i = 0; i < a.length; i++) {
            max = Math.max(max, Math.abs(a[i] - b[i]));
        }
        return max;
    }

    private static float[] random(int size) {
        SplittableRandom random = new SplittableRandom(size);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * 0.1);
        }
        return values;
    }
}
