package dev.peftu.engine.shard;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Per-user methods and baselines that learn from the crowd, on users split over shards. */
@PeftuBenchmark(name = "sharded", seed = 9)
@SyntheticDataset(users = 8, texts = 20)
@Method(name = "head", settings = "epochs=1")
@Method(name = "one-size-fits-all")
@Method(name = "crowd-calibrated")
public class ShardedBenchmark {

    @Gate
    void headRan(Leaderboard board) {
        assertThat(board).method("head").hasPassed();
    }
}
