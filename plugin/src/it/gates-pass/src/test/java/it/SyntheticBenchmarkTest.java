package it;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** A benchmark small enough for an integration test: four users, one epoch. */
@PeftuBenchmark(name = "synthetic", seed = 7, maxUsers = 4, epochs = 1)
@SyntheticDataset(users = 4, texts = 30)
@Method(name = "majority")
@Method(name = "head")
class SyntheticBenchmarkTest {

    @Gate
    void everyMethodFinishes(Leaderboard board) {
        assertThat(board).hasNoFailedMethods();
    }
}
