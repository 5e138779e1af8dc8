package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Twelve users with six test examples each, one epoch: the regressing head against the majority baseline. */
@PeftuBenchmark(name = "synthetic", seed = 7, epochs = 1)
@SyntheticDataset(users = 12, texts = 60)
@Method(name = "majority")
@Method(name = "regressing-head")
class SyntheticBenchmarkTest {
}
