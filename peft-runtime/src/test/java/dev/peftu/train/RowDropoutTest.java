package dev.peftu.train;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.training.GradientCollector;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

/**
 * Per-row dropout: the drop rate, the scale of kept values, masks that depend on a row's seed
 * only, and masks the backward pass reads as they were drawn.
 */
class RowDropoutTest {

    private static final int PER_ROW = 3 * 384;

    @Test
    void dropsAboutTheRateAndScalesTheRestByOneOverTheKeptShare() {
        try (NDManager manager = NDManager.newBaseManager()) {
            long[] seeds = {11, 12, 13, 14, 15, 16, 17, 18};
            float[] out = RowDropout.apply(manager, manager.ones(new Shape(seeds.length, 3, 384)), 0.1, "site", seeds)
                    .toFloatArray();
            long dropped = 0;
            for (float value : out) {
                if (value == 0f) {
                    dropped++;
                } else {
                    assertThat(value).isEqualTo((float) (1 / 0.9));
                }
            }
            // 9,216 draws at p = 0.1: the standard deviation of the share is 0.003
            assertThat(dropped / (double) out.length).isBetween(0.085, 0.115);
        }
    }

    @Test
    void aRowsMaskDependsOnItsOwnSeedAndSiteOnly() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray input = manager.arange(2f * PER_ROW).add(1).reshape(2, 3, 384);
            float[] pair = RowDropout.apply(manager, input, 0.5, "site", new long[] {7, 8}).toFloatArray();
            float[] swapped = RowDropout.apply(manager, input, 0.5, "site", new long[] {9, 7}).toFloatArray();
            float[] otherSite = RowDropout.apply(manager, input, 0.5, "other", new long[] {7, 8}).toFloatArray();
            boolean[] first = kept(pair, 0);
            // seed 7 in the second row keeps the same positions as seed 7 in the first row
            assertThat(kept(swapped, 1)).isEqualTo(first);
            assertThat(kept(pair, 1)).isNotEqualTo(first);
            assertThat(kept(otherSite, 0)).isNotEqualTo(first);
        }
    }

    @Test
    void theBackwardPassReadsEachMaskOfAPassAsItWasDrawn() {
        try (NDManager manager = NDManager.newBaseManager()) {
            NDArray input = manager.ones(new Shape(4, 3, 384));
            input.setRequiresGradient(true);
            long[] seeds = {1, 2, 3, 4};
            float[] firstMask;
            try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                NDArray first = RowDropout.apply(manager, input, 0.5, "first", seeds);
                NDArray second = RowDropout.apply(manager, input, 0.5, "second", seeds);
                firstMask = first.toFloatArray();
                assertThat(second.toFloatArray()).isNotEqualTo(firstMask);
                // a collection between forward and backward must not free memory a mask lives in
                System.gc();
                collector.backward(first.sum());
            }
            // the gradient of sum(input * mask) is the mask: the first one, not the one drawn after it
            assertThat(input.getGradient().toFloatArray()).isEqualTo(firstMask);
        }
    }

    private static boolean[] kept(float[] values, int row) {
        float[] slice = Arrays.copyOfRange(values, row * PER_ROW, (row + 1) * PER_ROW);
        boolean[] kept = new boolean[slice.length];
        for (int i = 0; i < slice.length; i++) {
            kept[i] = slice[i] != 0f;
        }
        return kept;
    }
}
