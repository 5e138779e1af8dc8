package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Eight users split over two shards: a per-user method and baselines that learn from the crowd. */
@PeftuBenchmark(name = "sharded", seed = 11, epochs = 1)
@SyntheticDataset(users = 8, texts = 20)
@Method(name = "majority")
@Method(name = "crowd-calibrated")
@Method(name = "head")
class ShardedBenchmarkTest {
}
