package dev.peftu.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class SignFlipTestTest {

    @Test
    void enumeratesEverySignAssignmentOfASmallCase() {
        // sums of +-0.1 +-0.2 +-0.3: only the two all-same-sign assignments reach |0.6| -> 2/8
        assertThat(SignFlipTest.pValue(new double[] {0.1, 0.2, 0.3}, 1)).isEqualTo(0.25);
        // |+-0.1 +-0.2 +-0.3| >= 0.4 holds for (+,+,+), (-,+,+), (+,-,+)... and their mirror images: 4/8
        assertThat(SignFlipTest.pValue(new double[] {-0.1, 0.2, 0.3}, 1)).isEqualTo(0.5);
    }

    @Test
    void leavesZeroDifferencesOutAndGivesOneWhenNothingDiffers() {
        assertThat(SignFlipTest.pValue(new double[] {0.1, 0.0, 0.2, 0.0, 0.3}, 1)).isEqualTo(0.25);
        assertThat(SignFlipTest.pValue(new double[] {0.0, 0.0}, 1)).isEqualTo(1.0);
    }

    @Test
    void tenEqualWinsHaveTheSmallestExactPValue() {
        double[] wins = new double[10];
        java.util.Arrays.fill(wins, 0.05);
        assertThat(SignFlipTest.pValue(wins, 1)).isEqualTo(2.0 / 1024);
    }

    @Test
    void beyondTheExactLimitEstimatesTheSameValueReproducibly() {
        double[] wins = new double[SignFlipTest.EXACT_LIMIT + 6];
        java.util.Arrays.fill(wins, 0.05);
        wins[0] = -0.05;
        wins[1] = -0.05;
        // exact: P(|sum of 30 random signs| >= 26) = 2 * (1 + 30 + 435) / 2^30, far below 1 / DRAWS
        double p = SignFlipTest.pValue(wins, 7);
        assertThat(p).isEqualTo(1.0 / (SignFlipTest.DRAWS + 1));
        assertThat(SignFlipTest.pValue(wins, 7)).isEqualTo(p);

        double[] balanced = new double[SignFlipTest.EXACT_LIMIT + 6];
        for (int i = 0; i < balanced.length; i++) {
            balanced[i] = i % 2 == 0 ? 0.05 : -0.05;
        }
        assertThat(SignFlipTest.pValue(balanced, 7)).isCloseTo(1.0, within(1e-9));
    }

    @Test
    void rejectsNaN() {
        assertThatThrownBy(() -> SignFlipTest.pValue(new double[] {0.1, Double.NaN}, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("NaN");
    }
}
