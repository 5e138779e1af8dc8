package dev.peftu.example;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/**
 * Every built-in PEFT method and every baseline on a generated subjective task (users who
 * disagree on the same texts) over the embedded all-MiniLM-L6-v2: the generator's default size
 * (eight users, 200 texts each, so 20 test texts per user and 160 in all, enough for a paired
 * verdict), two epochs.
 */
@PeftuBenchmark(name = "subjective-task", seed = 42, epochs = 2)
@SyntheticDataset(users = 8, texts = 200)
@EveryMethod
class SubjectiveTaskBenchmark extends PersonalizationGates {

    @Gate
    void shippedMethodBeatsEveryUsersMajorityLabel(Leaderboard board) {
        assertThat(board).method(SHIPPED_METHOD).beats("majority");
    }

    @Gate
    void shippedMethodBeatsOneModelForEveryone(Leaderboard board) {
        assertThat(board).method(SHIPPED_METHOD).beats("one-size-fits-all");
    }
}
