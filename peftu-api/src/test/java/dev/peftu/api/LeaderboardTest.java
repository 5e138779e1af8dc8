package dev.peftu.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.results.SampleResults;
import org.junit.jupiter.api.Test;

class LeaderboardTest {

    private final Leaderboard board = Leaderboard.of(SampleResults.typicalRun().benchmarks().get(0));

    @Test
    void ranksPassedMethodsByAccuracyAndLeavesFailedOnesOut() {
        Leaderboard ordered = Leaderboard.of(SampleResults.benchmark("b",
                SampleResults.method("weak", ContenderKind.BASELINE, 0.01, 0.4),
                SampleResults.method("strong", ContenderKind.PEFT, 0.01, 0.9),
                MethodResult.failed("broken", "broken", java.util.Map.of(), ContenderKind.PEFT, "boom", 0),
                SampleResults.method("middle", ContenderKind.PEFT, 0.01, 0.6)));

        assertThat(ordered.ranking()).extracting(MethodResult::name).containsExactly("strong", "middle", "weak");
        assertThat(ordered.failedMethods()).extracting(MethodResult::name).containsExactly("broken");
    }

    @Test
    void unknownMethodNamesTheKnownOnes() {
        assertThatThrownBy(() -> board.method("lorax"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("benchmark tweeteval has no method lorax; its methods are [lora, zero-shot, ia3]");
    }

    @Test
    void exposesTheBenchmarksDatasetAndMethods() {
        assertThat(board.benchmark()).isEqualTo("tweeteval");
        assertThat(board.dataset().labels()).containsExactly("Hateful", "Non-hateful");
        assertThat(board.method("lora").users()).hasSize(4);
    }
}
