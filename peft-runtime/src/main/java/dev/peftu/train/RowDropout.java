package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.random.Seeds;

/**
 * Dropout masks drawn per row in Java from the row's own seed, so that a row's mask depends on
 * its user, epoch, step and position in the user's batch only, never on the rows it shares the
 * batch with. Values are drawn in row-major order from a counter-based generator (a SplitMix64
 * finaliser over the seed and the value's index), so a row's first tokens get the same mask
 * whatever the padded length, and one 64-bit draw decides four values at a resolution of
 * 1/65536.
 */
final class RowDropout {

    private static final long GOLDEN_GAMMA = 0x9e3779b97f4a7c15L;
    private static final int DRAWS_PER_WORD = 4;
    private static final int BITS_PER_DRAW = 16;
    private static final int DRAW_RANGE = 1 << BITS_PER_DRAW;

    private RowDropout() {
    }

    /**
     * Applies dropout.
     *
     * @param step the step's manager, which owns the mask
     * @param input {@code [rows, ...]}
     * @param rate the drop probability
     * @param site names the dropout among those of the pass
     * @param rowSeeds one seed per row
     * @return the input with dropped values zeroed and kept ones scaled by {@code 1 / (1 - rate)}
     */
    static NDArray apply(NDManager step, NDArray input, double rate, String site, long[] rowSeeds) {
        Shape shape = input.getShape();
        int rows = (int) shape.get(0);
        int perRow = (int) (shape.size() / rows);
        int threshold = (int) Math.round(rate * DRAW_RANGE);
        float keep = (float) (1 / (1 - rate));
        float[] mask = new float[rows * perRow];
        for (int r = 0; r < rows; r++) {
            drawRow(mask, r * perRow, perRow, Seeds.mix(rowSeeds[r], site), threshold, keep);
        }
        return input.mul(step.create(mask, shape));
    }

    private static void drawRow(float[] mask, int offset, int perRow, long seed, int threshold, float keep) {
        int whole = perRow / DRAWS_PER_WORD;
        for (int word = 0; word < whole; word++) {
            long bits = finalise(seed + (word + 1L) * GOLDEN_GAMMA);
            int at = offset + word * DRAWS_PER_WORD;
            mask[at] = value(bits, threshold, keep);
            mask[at + 1] = value(bits >>> BITS_PER_DRAW, threshold, keep);
            mask[at + 2] = value(bits >>> (2 * BITS_PER_DRAW), threshold, keep);
            mask[at + 3] = value(bits >>> (3 * BITS_PER_DRAW), threshold, keep);
        }
        long bits = finalise(seed + (whole + 1L) * GOLDEN_GAMMA);
        for (int i = whole * DRAWS_PER_WORD; i < perRow; i++) {
            mask[offset + i] = value(bits, threshold, keep);
            bits >>>= BITS_PER_DRAW;
        }
    }

    /**
     * The mask value of the 16-bit draw in the low bits: 0 if it drops the value, the scale
     * {@code keep} otherwise, computed without a branch (one would mispredict on every drop).
     */
    private static float value(long bits, int threshold, float keep) {
        int dropped = ((int) (bits & (DRAW_RANGE - 1)) - threshold) >>> 31;
        return keep * (1 - dropped);
    }

    private static long finalise(long z) {
        z = (z ^ (z >>> 30)) * 0xbf58476d1ce4e5b9L;
        z = (z ^ (z >>> 27)) * 0x94d049bb133111ebL;
        return z ^ (z >>> 31);
    }
}
