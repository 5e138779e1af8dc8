package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Runs everywhere; selected only by the third build, beside the benchmark that is skipped there. */
@PeftuBenchmark(name = "synthetic", seed = 7)
@SyntheticDataset(users = 4, texts = 20)
@Method(name = "majority")
class SyntheticBenchmarkTest {
}
