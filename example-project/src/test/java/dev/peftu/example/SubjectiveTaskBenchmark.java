package dev.peftu.example;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/**
 * Every built-in PEFT method and every baseline on a generated subjective task (users who
 * disagree on the same texts) over the embedded all-MiniLM-L6-v2. Small enough to run on every
 * build: six users, sixty texts each, two epochs.
 */
@PeftuBenchmark(name = "subjective-task", seed = 42, epochs = 2)
@SyntheticDataset(users = 6, texts = 60)
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
