package dev.peftu.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.training.GradientCollector;
import dev.peftu.model.BertConfig;
import dev.peftu.model.DjlRuntime;
import dev.peftu.model.FrozenSiteWeights;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.Initializer;
import dev.peftu.peft.ParameterSpec;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * What a method declares of a parameter reaches the optimizer: a learning-rate factor scales that
 * parameter's AdamW steps (LoRA+), an exclusion keeps weight decay off it, and a start computed
 * from a frozen site is every user's start.
 */
class ParameterGroupsTest {

    private static final ParameterSpec PLAIN = new ParameterSpec("plain", new long[] {2}, Initializer.ones());
    private static final ParameterSpec FAST = new ParameterSpec("fast", new long[] {2}, Initializer.ones())
            .withLearningRateScale(16);
    private static final ParameterSpec UNDECAYED = new ParameterSpec("undecayed", new long[] {2}, Initializer.ones())
            .withoutWeightDecay();

    @Test
    void aLearningRateFactorScalesTheParametersStep() {
        float[] moved = oneStep(List.of(PLAIN, FAST), 0, 1f);
        // Adam's first step moves every value by the learning rate, whatever the gradient's size
        assertThat(1 - moved[0]).isCloseTo(1e-3f, within(1e-6f));
        assertThat(1 - moved[2]).isCloseTo(16e-3f, within(1e-5f));
    }

    @Test
    void weightDecayLeavesExcludedParametersAlone() {
        float[] moved = oneStep(List.of(PLAIN, UNDECAYED), 0.5, 0f);
        // no gradient: decay alone moves the plain parameter by lr * decay * value
        assertThat(1 - moved[0]).isCloseTo(0.5e-3f, within(1e-6f));
        assertThat(moved[2]).isEqualTo(1f);
    }

    @Test
    void aStartComputedFromAFrozenSiteIsEveryUsersStart() {
        BertConfig tiny = new BertConfig(10, 4, 1, 2, 8, 16, 1, 1e-12f);
        ParameterSpec norms = new ParameterSpec("norms", new long[] {4}, Initializer.fromFrozen(tiny.site(0,
                BertConfig.QUERY), "test-sum", frozen -> new HostTensor(new long[] {4}, new float[] {1, 2, 3, 4})));
        try (NDManager root = NDManager.newBaseManager(DjlRuntime.device());
             CohortParameters parameters = CohortParameters.initialize(root, List.of(norms), List.of("a", "b"), 1,
                     Map.of(), frozen(root, tiny))) {
            assertThat(parameters.userWeights(0).get("norms").data()).containsExactly(1, 2, 3, 4);
            assertThat(parameters.userWeights(1).get("norms").data()).containsExactly(1, 2, 3, 4);
        }
    }

    /** One AdamW step at learning rate 0.001 with the given gradient on every value; returns the user's values after it. */
    private static float[] oneStep(List<ParameterSpec> specs, double weightDecay, float gradient) {
        BertConfig tiny = new BertConfig(10, 4, 1, 2, 8, 16, 1, 1e-12f);
        try (NDManager root = NDManager.newBaseManager(DjlRuntime.device());
             CohortParameters parameters = CohortParameters.initialize(root, specs, List.of("user"), 1, Map.of(),
                     frozen(root, tiny))) {
            try (NDManager step = root.newSubManager();
                 GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray sum = null;
                for (NDArray part : parameters.forUsers(step, new int[] {0}).values()) {
                    NDArray scaled = part.mul(gradient).sum();
                    sum = sum == null ? scaled : sum.add(scaled);
                }
                collector.backward(sum);
            }
            Map<String, Double> rates = Map.of(specs.get(0).key(), 1e-3, specs.get(1).key(), 1e-3);
            parameters.update(new boolean[] {true}, rates, weightDecay);
            Map<String, HostTensor> weights = parameters.userWeights(0);
            float[] values = new float[4];
            System.arraycopy(weights.get(specs.get(0).key()).data(), 0, values, 0, 2);
            System.arraycopy(weights.get(specs.get(1).key()).data(), 0, values, 2, 2);
            return values;
        }
    }

    private static FrozenWeights frozen(NDManager manager, BertConfig base) {
        return new FrozenSiteWeights(base, manager, site -> manager.zeros(new ai.djl.ndarray.types.Shape(
                site.outFeatures(), site.inFeatures())), site -> Optional.empty());
    }
}
