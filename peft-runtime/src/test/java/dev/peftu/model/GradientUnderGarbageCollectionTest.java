package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A garbage collection between forward and backward must not change gradients: a scalar freed
 * while autograd still points at it would corrupt the backward pass.
 */
class GradientUnderGarbageCollectionTest {

    private static BaseModel model;

    @BeforeAll
    static void load() {
        model = BaseModel.embedded(32);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    @Test
    void forcedGarbageCollectionBetweenForwardAndBackwardLeavesGradientsUnchanged() {
        float[] calm = gradient(false);
        float[] collected = gradient(true);
        assertThat(collected).containsExactly(calm);
        assertThat(max(calm)).as("the gradient is not trivially zero").isGreaterThan(0f);
    }

    /** Gradient of a per-feature scale on every value projection, through the whole encoder. */
    private float[] gradient(boolean collectGarbage) {
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            NDArray scale = step.ones(new Shape(model.encoder().config().hiddenSize()));
            scale.setRequiresGradient(true);
            Injection scaleValues = new Injection() {
                @Override
                public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                    return site.modulePath().endsWith(BertConfig.VALUE) ? output.mul(scale) : output;
                }
            };
            List<long[]> ids = List.of(model.tokenIds("a quiet morning by the lake"), model.tokenIds("loud"));
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                EncodedBatch batch = EncodedBatch.pad(step, ids);
                NDArray pooled = BertEncoder.meanPool(model.encoder().forward(step, batch, scaleValues),
                        batch.attentionMask());
                NDArray loss = pooled.square().sum();
                if (collectGarbage) {
                    collectGarbage();
                }
                collector.backward(loss);
            }
            return scale.getGradient().toFloatArray();
        }
    }

    /** Runs the garbage collector a few times under allocation pressure, as a long step might. */
    static void collectGarbage() {
        for (int i = 0; i < 3; i++) {
            System.gc();
            byte[][] pressure = new byte[64][];
            for (int j = 0; j < pressure.length; j++) {
                pressure[j] = new byte[1 << 20];
            }
        }
    }

    static float max(float[] values) {
        float max = 0;
        for (float v : values) {
            max = Math.max(max, Math.abs(v));
        }
        return max;
    }
}
