package dev.peftu.stats;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.results.ContenderKind;
import dev.peftu.results.SampleResults;
import org.junit.jupiter.api.Test;

/**
 * Hand-computed cases of the one definition of "significant": the paired interval must exclude the
 * margin and the exact sign-flip test of (difference - margin) must reject at 5%.
 */
class SignificanceTest {

    /** Eight users gaining 0.10 to 0.40 over a reference at 0.50. */
    private static final PairedComparison EIGHT_WINS = compare(new double[] {0.6, 0.7, 0.6, 0.8, 0.6, 0.7, 0.6, 0.9},
            new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5});

    private static PairedComparison compare(double[] subject, double[] reference) {
        return new PairedStatistics(42).compare(SampleResults.method("lora", ContenderKind.PEFT, 0, subject),
                SampleResults.method("majority", ContenderKind.BASELINE, 0, reference));
    }

    @Test
    void sixIsTheFewestInformativeUsersThatCanReachFivePercent() {
        // the most one-sided outcome of n users has p = 2 / 2^n: 0.0625 at five, 0.03125 at six
        assertThat(SignFlipTest.smallestPValue(5)).isEqualTo(0.0625);
        assertThat(SignFlipTest.smallestPValue(6)).isEqualTo(0.03125);
        assertThat(Significance.FEWEST_USERS).isEqualTo(6);
    }

    @Test
    void threeWinsAndThreeTiesAtSixUsersAreNotSignificantThoughTheIntervalLiesAboveZero() {
        // differences +0.1 x3, 0 x3: a resample of only ties has chance 1/64 < 2.5%, so the
        // bootstrap's lower end is above zero; the three wins alone give p = 2/8 = 0.25
        PairedComparison comparison = compare(new double[] {0.6, 0.6, 0.6, 0.5, 0.5, 0.5},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5});

        Significance significance = comparison.significance(0);

        assertThat(significance.intervalAbove()).isTrue();
        assertThat(significance.pValue()).isEqualTo(0.25);
        assertThat(significance.above()).isFalse();
        assertThat(significance.possible()).isFalse();
        assertThat(significance.impossibility()).isEqualTo("6 users, 3 not tied: no difference can be significant");
        assertThat(significance.describe()).isEqualTo("6 users, 3 not tied: no difference can be significant"
                + " (a two-sided sign-flip test at 5% needs at least 6 users whose difference is not zero)");
    }

    @Test
    void eightWinsOfEightAreSignificantWithExactP2Over256() {
        Significance significance = EIGHT_WINS.significance(0);

        assertThat(significance.pValue()).isEqualTo(2.0 / 256);
        assertThat(significance.above()).isTrue();
        assertThat(significance.below()).isFalse();
        assertThat(significance.describe()).isEqualTo("sign-flip p = 0.008");
    }

    @Test
    void fiveWinsOfFiveAreNotSignificantAtP0625() {
        PairedComparison comparison = compare(new double[] {0.6, 0.7, 0.6, 0.8, 0.6},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.5});

        Significance significance = comparison.significance(0);

        assertThat(comparison.intervalAbove(0)).isTrue();
        assertThat(significance.pValue()).isEqualTo(0.0625);
        assertThat(significance.above()).isFalse();
        assertThat(significance.impossibility()).isEqualTo("5 users: no difference can be significant");
    }

    @Test
    void eightLossesOfEightAreSignificantlyBelow() {
        PairedComparison comparison = new PairedStatistics(42).compare(
                SampleResults.method("majority", ContenderKind.BASELINE, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5),
                SampleResults.method("lora", ContenderKind.PEFT, 0, 0.6, 0.7, 0.6, 0.8, 0.6, 0.7, 0.6, 0.9));

        assertThat(comparison.significance(0).below()).isTrue();
        assertThat(comparison.significance(0).above()).isFalse();
    }

    @Test
    void aMarginIsTestedOnTheDifferencesMinusIt() {
        // four users gain 0.30 and four 0.05: against zero all eight win, p = 2/256
        PairedComparison comparison = compare(new double[] {0.8, 0.8, 0.8, 0.8, 0.55, 0.55, 0.55, 0.55},
                new double[] {0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5});
        assertThat(comparison.significance(0).above()).isTrue();

        // against +0.05 the four users at exactly the margin are ties: four wins give p = 2/16,
        // although the paired interval lies above the margin (its 2.5% end, one big gain in a
        // resample of eight, is +0.081)
        Significance atFive = comparison.significance(0.05);
        assertThat(atFive.intervalAbove()).isTrue();
        assertThat(atFive.pValue()).isEqualTo(2.0 / 16);
        assertThat(atFive.above()).isFalse();
        assertThat(atFive.impossibility()).isEqualTo("8 users, 4 off the margin +0.050: no difference can be significant");

        // against +0.10: +0.20 x4 and -0.05 x4; |sum| >= 0.6 in 32 + 8 of 256 assignments
        Significance atTen = comparison.significance(0.10);
        assertThat(atTen.pValue()).isEqualTo(40.0 / 256);
        assertThat(atTen.above()).isFalse();
        assertThat(atTen.describe()).isEqualTo("sign-flip p = 0.156 of the difference minus +0.100");
    }

    @Test
    void aMarginTheWholeBoardClearsIsSignificant() {
        // every user gains 0.10..0.40: minus the margin 0.05 all eight still win, p = 2/256
        Significance significance = EIGHT_WINS.significance(0.05);

        assertThat(significance.pValue()).isEqualTo(2.0 / 256);
        assertThat(significance.above()).isTrue();
    }
}
