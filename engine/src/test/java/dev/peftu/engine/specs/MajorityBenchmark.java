package dev.peftu.engine.specs;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Three synthetic users, the majority baseline, a gate that passes and one that cannot. */
@PeftuBenchmark(seed = 11)
@SyntheticDataset(users = 3, texts = 20)
@Method(name = "majority")
public class MajorityBenchmark {

    @Gate
    void majorityRanToCompletion(Leaderboard board) {
        assertThat(board).hasNoFailedMethods().method("majority").hasPassed();
    }

    @Gate
    void majorityIsBetterThanPerfect(Leaderboard board) {
        assertThat(board).method("majority").accuracy().isAtLeast(1.01);
    }
}
