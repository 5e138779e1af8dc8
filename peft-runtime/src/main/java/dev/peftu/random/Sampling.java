package dev.peftu.random;

import java.util.Collections;
import java.util.List;
import java.util.SplittableRandom;

/**
 * The random draws every part of peftu shares, each from a caller's seeded
 * {@link SplittableRandom}, so that the same seed gives the same draws everywhere: a
 * Fisher-Yates shuffle and a standard normal sample.
 */
public final class Sampling {

    private Sampling() {
    }

    /**
     * Shuffles a list in place (Fisher-Yates, from the last position down).
     *
     * @param list the list
     * @param random the generator
     */
    public static void shuffle(List<?> list, SplittableRandom random) {
        for (int i = list.size() - 1; i > 0; i--) {
            Collections.swap(list, i, random.nextInt(i + 1));
        }
    }

    /**
     * Draws from the standard normal distribution (Box-Muller: {@link SplittableRandom} has no
     * {@code nextGaussian} on Java 17).
     *
     * @param random the generator
     * @return the sample
     */
    public static double gaussian(SplittableRandom random) {
        double u = 1.0 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }
}
