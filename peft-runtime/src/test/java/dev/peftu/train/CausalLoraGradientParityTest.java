package dev.peftu.train;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDManager;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.BaseModel;
import dev.peftu.model.CausalFixtures;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.ConfiguredMethod;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.PeftMethods;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * One LoRA training step on a causal LM gives HF PEFT's loss and gradients, within 1e-4
 * (absolute; the largest gradient is about 3.6), for every supported model_type and for a label
 * score that sums and one that averages its tokens' log-likelihoods. LoRA (r 4, alpha 8, q_proj and
 * v_proj, no dropout) starts from fixed non-zero lora_A and lora_B, so that both get a gradient;
 * the step runs peftu's own training path, as {@link CohortTrainer} does: the LoRA method's
 * parameters and injection, the user's parameters in {@link CohortParameters}, the pass of
 * {@link TrainingStep} (each row weighted by one over the user's rows) over
 * {@link LikelihoodObjective}'s loss of the gold label's words after each prompt. HF PEFT's
 * gradients are those of the mean over the prompts of the negated score of the gold label,
 * keyed as HF PEFT stores its modules, which are also peftu's keys.
 */
class CausalLoraGradientParityTest {

    private static final float TOLERANCE = 1e-4f;
    private static final String USER = "user";

    @ParameterizedTest
    @MethodSource("dev.peftu.model.CausalFixtures#names")
    void oneLoraStepsLossAndGradientsEqualHfPeftsForSummedAndAveragedLabelScores(String name) {
        CausalFixtures.Training expected = CausalFixtures.Training.of(name);
        try (BaseModel base = BaseModel.fromDirectory(CausalFixtures.directory(name), 128)) {
            for (String kind : List.of("sum", "mean")) {
                CausalFixtures.Training.Step hf = expected.steps().get(kind);
                TaskDefinition task = expected.task(kind.equals("mean"));
                PeftMethod<?> lora = PeftMethods.byName("lora");
                MethodSettings settings = TrainingOptions.settingsFor(lora, Map.of("r", Integer.toString(expected.rank()),
                        "alpha", Double.toString(expected.alpha()), "dropout", "0",
                        "targets", String.join(",", expected.targets())));
                ConfiguredMethod<?> method = ConfiguredMethod.of(lora, base.architecture(), settings);
                List<ParameterSpec> specs = method.parameters();
                assertThat(specs).extracting(ParameterSpec::key).as("%s LoRA tensors", name)
                        .containsExactlyInAnyOrderElementsOf(hf.gradients().keySet());

                LikelihoodObjective objective = new LikelihoodObjective(base, task, 0.5);
                CohortPasses passes = new CohortPasses(base, method, objective, expected.texts().size(), null);
                TrainingStep step = new TrainingStep(passes, settings, TrainingOptions.from(settings), Map.of(), 7,
                        CohortPasses.ROWS_PER_PASS);
                List<Row> rows = new ArrayList<>();
                for (int i = 0; i < expected.texts().size(); i++) {
                    rows.add(new Row(0, USER, new Example("e" + i, expected.texts().get(i),
                            List.of(expected.gold().get(i)))));
                }
                objective.prepare(rows.stream().map(Row::example).toList());

                Map<String, HostTensor> gradients;
                float loss;
                try (NDManager root = NDManager.newBaseManager(base.device());
                     CohortParameters parameters = CohortParameters.initialize(root, specs, List.of(USER), 7,
                             expected.loraWeights(), base.frozenWeights())) {
                    assertThat(parameters.userWeights(0).get(specs.get(0).key()).data())
                            .as("LoRA starts from the fixture's weights")
                            .containsExactly(expected.loraWeights().get(specs.get(0).key()).data());
                    loss = step.backward(root, parameters, RowGroups.of(List.of(rows)), 1, 0)[0];
                    gradients = parameters.userGradients(0);
                }

                assertThat(loss).as("%s %s loss", name, kind).isCloseTo(hf.loss(), within(TOLERANCE));
                for (Map.Entry<String, HostTensor> entry : hf.gradients().entrySet()) {
                    float[] want = entry.getValue().data();
                    float[] got = gradients.get(entry.getKey()).data();
                    assertThat(got).as("%s %s %s", name, kind, entry.getKey()).hasSameSizeAs(want);
                    assertThat(largestDifference(got, want)).as("%s %s %s", name, kind, entry.getKey())
                            .isLessThan(TOLERANCE);
                    assertThat(largestDifference(want, new float[want.length]))
                            .as("%s %s %s is not trivially zero", name, kind, entry.getKey()).isGreaterThan(1e-3);
                }
            }
        }
    }

    private static double largestDifference(float[] a, float[] b) {
        double largest = 0;
        for (int i = 0; i < a.length; i++) {
            largest = Math.max(largest, Math.abs(a[i] - b[i]));
        }
        return largest;
    }
}
