package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** A benchmark that must never run: the plugin's configuration is rejected first. */
@PeftuBenchmark(name = "synthetic", seed = 7, maxUsers = 4, epochs = 1)
@SyntheticDataset(users = 4, texts = 30)
@Method(name = "majority")
class SyntheticBenchmarkTest {
}
