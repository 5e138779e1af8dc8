package dev.peftu.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.core.Linear;
import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.BaseModel;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.HostTensor;
import dev.peftu.model.LinearSite;
import dev.peftu.peft.ConfiguredMethod;
import dev.peftu.peft.LoraMethod;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftConfig;
import dev.peftu.peft.PeftMethod;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.apache.commons.math3.linear.Array2DRowRealMatrix;
import org.apache.commons.math3.linear.SingularValueDecomposition;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Each variant's forward pass on the real MiniLM's frozen weights, against the formula it stands
 * for computed here on the heap: every variant starts from the pretrained model, and DoRA, PiSSA
 * and rsLoRA compute what their papers and HF PEFT say once trained.
 */
class VariantArithmeticTest {

    private static final int IN = 384;
    private static BaseModel model;
    private static FrozenWeights frozen;
    private static LinearSite query;

    @BeforeAll
    static void loadModel() {
        model = BaseModel.embedded(32);
        frozen = model.frozenWeights();
        query = model.architecture().linearSites().get(0);
    }

    @AfterAll
    static void closeModel() {
        model.close();
    }

    @Test
    void everyVariantStartsFromThePretrainedLayer() {
        for (PeftMethod<?> method : List.of(new DoraMethod(), new PissaMethod(), new LoraPlusMethod(),
                new RsLoraMethod())) {
            float[][] outputs = apply(method, Map.of("targets", "query"), spec -> null);
            assertThat(outputs[1]).as(method.name()).containsExactly(outputs[0], within(2e-4f));
        }
    }

    @Test
    void doraRescalesEachOutputRowOfTheMergedWeightToItsMagnitude() {
        float[] b = random(IN * 8, 1, 0.05);
        float[] magnitude = random(IN, 2, 1.0);
        for (int i = 0; i < IN; i++) {
            magnitude[i] = Math.abs(magnitude[i]) + 0.5f;
        }
        float[][] outputs = apply(new DoraMethod(), Map.of("targets", "query"), spec ->
                spec.key().endsWith("lora_B.weight") ? b : spec.key().endsWith("magnitude_vector") ? magnitude : null);
        // y = bias + m / ||W + s B A||_row * (W + s B A) x, with s = 32 / 8
        double[][] merged = merged(startOfA(new DoraMethod()), b, 4.0);
        double[] x = input();
        float[] bias = frozen.bias(query).orElseThrow().toFloatArray();
        for (int row = 0; row < IN; row++) {
            double norm = 0;
            double product = 0;
            for (int column = 0; column < IN; column++) {
                norm += merged[row][column] * merged[row][column];
                product += merged[row][column] * x[column];
            }
            double expected = bias[row] + magnitude[row] / Math.sqrt(norm) * product;
            assertThat((double) outputs[1][row]).as("row %d", row).isCloseTo(expected, within(2e-3));
        }
    }

    @Test
    void pissaTakesTheBestRankRApproximationOutOfTheFrozenWeight() {
        ConfiguredMethod<?> pissa = configured(new PissaMethod(), Map.of("targets", "query"));
        float[] a = startOf(pissa.parameters(), "lora_A.weight");
        float[] b = startOf(pissa.parameters(), "lora_B.weight");
        double[][] principal = update(a, b, 4.0);
        double[][] weight = toRows(frozen.hostWeight(query));
        double residual = 0;
        for (int i = 0; i < IN; i++) {
            for (int j = 0; j < IN; j++) {
                residual += Math.pow(weight[i][j] - principal[i][j], 2);
            }
        }
        double[] singular = new SingularValueDecomposition(new Array2DRowRealMatrix(weight)).getSingularValues();
        double tail = 0;
        for (int k = 8; k < singular.length; k++) {
            tail += singular[k] * singular[k];
        }
        // Eckart-Young: what is left of W is exactly its singular values beyond the eighth
        assertThat(residual).isCloseTo(tail, within(tail * 1e-3));
    }

    @Test
    void rsLoraScalesTheUpdateByAlphaOverTheRootOfTheRank() {
        float[] b = random(IN * 8, 3, 0.05);
        Map<String, String> settings = Map.of("targets", "query");
        float[][] lora = apply(new LoraMethod(), settings, spec -> spec.key().endsWith("lora_B.weight") ? b : null);
        float[][] rslora = apply(new RsLoraMethod(), settings, spec -> spec.key().endsWith("lora_B.weight") ? b : null);
        for (int row = 0; row < IN; row++) {
            // alpha / sqrt(r) is sqrt(r) = 2.83 times alpha / r
            assertThat(rslora[1][row] - rslora[0][row])
                    .isCloseTo((float) ((lora[1][row] - lora[0][row]) * Math.sqrt(8)), within(1e-3f));
        }
    }

    @Test
    void loraPlusTrainsBAtSixteenTimesTheLearningRateOfA() {
        List<ParameterSpec> specs = configured(new LoraPlusMethod(), Map.of()).parameters();
        assertThat(specs).filteredOn(spec -> spec.key().endsWith("lora_B.weight"))
                .isNotEmpty().allSatisfy(spec -> assertThat(spec.learningRateScale()).isEqualTo(16));
        assertThat(specs).filteredOn(spec -> spec.key().endsWith("lora_A.weight"))
                .isNotEmpty().allSatisfy(spec -> assertThat(spec.learningRateScale()).isEqualTo(1));
    }

    /** Returns {frozen output, output through the method} of the query projection of layer 0 for one token. */
    private static float[][] apply(PeftMethod<?> method, Map<String, String> settings,
                                   java.util.function.Function<ParameterSpec, float[]> replace) {
        ConfiguredMethod<?> configured = configured(method, settings);
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            NDArray x = step.create(toFloats(input()), new Shape(1, 1, IN));
            NDArray output = Linear.linear(x, frozen.weight(query), frozen.bias(query).orElseThrow())
                    .singletonOrThrow();
            GivenParameters parameters = new GivenParameters(step, configured.parameters(), frozen, replace);
            NDArray adapted = configured.attach(frozen, parameters).linear(query, x, output);
            return new float[][] {output.toFloatArray(), adapted.toFloatArray()};
        }
    }

    private static <C extends PeftConfig> ConfiguredMethod<C> configured(PeftMethod<C> method,
                                                                        Map<String, String> settings) {
        Architecture base = model.architecture();
        return ConfiguredMethod.of(method, base, MethodSettings.of(method.name(), method.defaults(), settings));
    }

    private static float[] startOfA(PeftMethod<?> method) {
        return startOf(configured(method, Map.of("targets", "query")).parameters(), "lora_A.weight");
    }

    /** The start of the first parameter whose key ends as given, as GivenParameters draws it. */
    private static float[] startOf(List<ParameterSpec> specs, String ending) {
        ParameterSpec spec = specs.stream().filter(s -> s.key().endsWith(ending)).findFirst().orElseThrow();
        return spec.init().values((int) spec.size(), new SplittableRandom(spec.key().hashCode()), frozen);
    }

    /** {@code W + s B A}. */
    private static double[][] merged(float[] a, float[] b, double scaling) {
        double[][] weight = toRows(frozen.hostWeight(query));
        double[][] merged = update(a, b, scaling);
        for (int i = 0; i < IN; i++) {
            for (int j = 0; j < IN; j++) {
                merged[i][j] += weight[i][j];
            }
        }
        return merged;
    }

    /** {@code s B A}, with {@code A [8, IN]} and {@code B [IN, 8]}. */
    private static double[][] update(float[] a, float[] b, double scaling) {
        double[][] update = new double[IN][IN];
        for (int i = 0; i < IN; i++) {
            for (int j = 0; j < IN; j++) {
                double sum = 0;
                for (int k = 0; k < 8; k++) {
                    sum += b[i * 8 + k] * a[k * IN + j];
                }
                update[i][j] = scaling * sum;
            }
        }
        return update;
    }

    private static double[][] toRows(HostTensor weight) {
        double[][] rows = new double[IN][IN];
        for (int i = 0; i < IN; i++) {
            for (int j = 0; j < IN; j++) {
                rows[i][j] = weight.data()[i * IN + j];
            }
        }
        return rows;
    }

    private static double[] input() {
        double[] x = new double[IN];
        SplittableRandom random = new SplittableRandom(11);
        for (int i = 0; i < IN; i++) {
            x[i] = random.nextDouble() * 2 - 1;
        }
        return x;
    }

    private static float[] toFloats(double[] values) {
        float[] floats = new float[values.length];
        for (int i = 0; i < values.length; i++) {
            floats[i] = (float) values[i];
        }
        return floats;
    }

    private static float[] random(int size, long seed, double scale) {
        SplittableRandom random = new SplittableRandom(seed);
        float[] values = new float[size];
        for (int i = 0; i < size; i++) {
            values[i] = (float) ((random.nextDouble() * 2 - 1) * scale);
        }
        return values;
    }
}
