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

    @Test
    void beatsByAtLeastShowsBothAccuraciesAndTheMargin() {
        assertThatCode(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(0.05))
                .doesNotThrowAnyException();

        assertThatThrownBy(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(0.06))
                .isInstanceOf(AssertionError.class)
                .hasMessage("Expected method <lora> on benchmark <tweeteval> to beat <zero-shot> by at least 0.060"
                        + " but lora=0.620 [0.590, 0.650] and zero-shot=0.570 [0.530, 0.610]: margin 0.050");
    }

    @Test
    void beatsFailsWhenTheOtherMethodIsAhead() {
        assertThatThrownBy(() -> assertThat(board).method("zero-shot").beats("lora"))
                .hasMessage("Expected method <zero-shot> on benchmark <tweeteval> to beat <lora>"
                        + " but zero-shot=0.570 [0.530, 0.610] and lora=0.620 [0.590, 0.650]: margin -0.050");
    }

    @Test
    void rejectsANonPositiveMinimumMargin() {
        assertThatThrownBy(() -> assertThat(board).method("lora").beats("zero-shot").byAtLeast(0))
                .isInstanceOf(IllegalArgumentException.class);
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
                        + " to be at least 0.600 but was 0.550 (10 test examples)");
        assertThatThrownBy(() -> assertThat(board).method("lora").userAccuracy("u9"))
                .hasMessageContaining("to have scored user <u9> but it scored [u1, u2, u3, u4]");
    }

    @Test
    void keepsTheDescriptionGivenWithAs() {
        assertThatThrownBy(() -> assertThat(board).as("release gate").method("lora").accuracy().isAtLeast(0.9))
                .hasMessageStartingWith("[release gate] Expected accuracy of method <lora>");
    }
}
