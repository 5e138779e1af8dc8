package dev.peftu.api;

import static dev.peftu.api.PeftuAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.results.ContenderKind;
import dev.peftu.results.SampleResults;
import org.junit.jupiter.api.Test;

class LeaderboardAssertTest {

    /** lora: users 0.72 0.60 0.55 0.61, mean 0.62 +-0.03; zero-shot: mean 0.57 +-0.04; ia3 failed. */
    private final Leaderboard board = Leaderboard.of(SampleResults.typicalRun().benchmarks().get(0));

    @Test
    void accuracyAtLeastPassesAtTheThresholdAndFailsBelowItShowingTheInterval() {
        assertThatCode(() -> assertThat(board).method("lora").accuracy().isAtLeast(0.62)).doesNotThrowAnyException();

        assertThatThrownBy(() -> assertThat(board).method("lora").accuracy().isAtLeast(0.70))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected accuracy of method <lora> on benchmark <tweeteval> to be at least 0.700"
                        + " but was 0.620 [0.590, 0.650]");
    }

    @Test
    void accuracyAtMostFailsAboveTheBound() {
        assertThatThrownBy(() -> assertThat(board).method("zero-shot").accuracy().isAtMost(0.5))
                .hasMessageContaining("to be at most 0.500 but was 0.570 [0.530, 0.610]");
    }

    /*
     * lora - zero-shot per user: +0.22, 0.00, +0.01, -0.03; mean +0.05, W/T/L 2/1/1. Sign flips
     * of the three non-zero differences: |sum| >= 0.20 in 6 of 8 assignments, p = 0.750.
     */

    @Test
    void beatsByAtLeastJudgesThePairedMeanDifferenceAndShowsThePairedNumbers() {
        assertThatCode(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(0.05))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(0.06))
                .isInstanceOf(AssertionError.class)
                .hasMessageStartingWith("Expected method <lora> on benchmark <tweeteval> to beat <zero-shot> but"
                        + " lora vs zero-shot: paired difference +0.050 [")
                .hasMessageContaining("], W/T/L 2/1/1, p = 0.750, 4 users; expected a mean difference of at least +0.060");
    }

    @Test
    void significantlyDemandsThePairedIntervalAboveTheMarginAndTheSignFlipTestToReject() {
        // one user in four carries the whole lead: the paired interval reaches down to a loss
        assertThatThrownBy(() -> assertThat(board).method("lora").beats("zero-shot").significantly())
                .hasMessageContaining("expected a positive mean difference, significantly: the whole paired interval"
                        + " above +0.000 and a sign-flip p <= 0.050");
        // every user gains 0.09 or 0.10: eight wins of eight, p = 2/256 also after subtracting 0.05
        Leaderboard clear = Leaderboard.of(SampleResults.benchmark("b",
                SampleResults.method("lora", ContenderKind.PEFT, 0.01, 0.80, 0.70, 0.75, 0.72, 0.80, 0.70, 0.75, 0.72),
                SampleResults.method("majority", ContenderKind.BASELINE, 0.01, 0.70, 0.61, 0.66, 0.62, 0.70, 0.61, 0.66,
                        0.62)));
        assertThatCode(() -> assertThat(clear).method("lora").beats("majority").significantly().byAtLeast(0.05))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(clear).method("lora").beats("majority").significantly().byAtLeast(0.095))
                .hasMessageContaining("paired difference +0.095 [+0.091, +0.099]")
                .hasMessageContaining("significantly: the whole paired interval above +0.095 and a sign-flip p <= 0.050"
                        + " of the difference minus +0.095; sign-flip p = 1.000 of the difference minus +0.095");
    }

    @Test
    void significantlyFailsSayingSoWhenTooFewUsersDifferForAnyWinToBeSignificant() {
        // three wins and three ties: the bootstrap interval lies above zero, the sign-flip p is 0.25
        Leaderboard few = Leaderboard.of(SampleResults.benchmark("b",
                SampleResults.method("lora", ContenderKind.PEFT, 0.01, 0.60, 0.60, 0.60, 0.50, 0.50, 0.50),
                SampleResults.method("majority", ContenderKind.BASELINE, 0.01, 0.50, 0.50, 0.50, 0.50, 0.50, 0.50)));

        assertThatCode(() -> assertThat(few).method("lora").beats("majority")).doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(few).method("lora").beats("majority").significantly())
                .hasMessageContaining("W/T/L 3/3/0, p = 0.250, 6 users")
                .hasMessageEndingWith("; 6 users, 3 not tied: no difference can be significant (a two-sided sign-flip"
                        + " test at 5% needs at least 6 users whose difference is not zero)");
    }

    @Test
    void beatsFailsWhenTheOtherMethodIsAhead() {
        assertThatThrownBy(() -> assertThat(board).method("zero-shot").beats("lora"))
                .hasMessageStartingWith("Expected method <zero-shot> on benchmark <tweeteval> to beat <lora>"
                        + " but zero-shot vs lora: paired difference -0.050 [")
                .hasMessageContaining("W/T/L 1/1/2, p = 0.750, 4 users; expected a positive mean difference");
    }

    @Test
    void aMarginOfZeroIsAllowedAndAMarginOutsideZeroToOneIsRejected() {
        assertThatCode(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(0))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(-0.1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be a fraction in [0, 1]");
    }

    @Test
    void unknownMethodFailsListingTheKnownOnes() {
        assertThatThrownBy(() -> assertThat(board).method("adapter").accuracy().isAtLeast(0.7))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected benchmark <tweeteval> to have a method <adapter>"
                        + " but its methods are [lora, zero-shot, ia3]");
        assertThatThrownBy(() -> assertThat(board).method("lora").beats("adapter"))
                .hasMessageContaining("to have a method <adapter> but its methods are [lora, zero-shot, ia3]");
    }

    @Test
    void aFailedMethodHasNoAccuracyAndCannotBeBeaten() {
        assertThatThrownBy(() -> assertThat(board).method("ia3").accuracy())
                .hasMessage("Expected method <ia3> on benchmark <tweeteval> to have passed but it failed: out of memory");
        assertThatThrownBy(() -> assertThat(board).method("lora").beats("ia3"))
                .hasMessageContaining("to beat <ia3> but ia3 failed: out of memory");
    }

    @Test
    void hasNoFailedMethodsListsEachFailureWithItsError() {
        assertThatThrownBy(() -> assertThat(board).hasNoFailedMethods())
                .hasMessage("Expected no failed methods on benchmark <tweeteval> but 1 failed: ia3 (out of memory)");
        Leaderboard clean = Leaderboard.of(SampleResults.benchmark("b",
                SampleResults.method("lora", ContenderKind.PEFT, 0.01, 0.5)));
        assertThatCode(() -> assertThat(clean).hasNoFailedMethods()).doesNotThrowAnyException();
    }

    @Test
    void userAccuracyNamesTheUserAndTestSize() {
        assertThatCode(() -> assertThat(board).method("lora").userAccuracy("u1").isAtLeast(0.7))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> assertThat(board).method("lora").userAccuracy("u3").isAtLeast(0.6))
                .hasMessage("Expected accuracy of user <u3> with method <lora> on benchmark <tweeteval>"
                        + " to be at least 0.600 but was 0.550 (100 test examples)");
        assertThatThrownBy(() -> assertThat(board).method("lora").userAccuracy("u9"))
                .hasMessageContaining("to have scored user <u9> but it scored [u1, u2, u3, u4]");
    }

    @Test
    void keepsTheDescriptionGivenWithAs() {
        assertThatThrownBy(() -> assertThat(board).as("release gate").method("lora").accuracy().isAtLeast(0.9))
                .hasMessageStartingWith("[release gate] Expected accuracy of method <lora>");
    }
}
