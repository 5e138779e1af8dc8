package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Runs only where the real data directory is given; this build gives none. */
@PeftuBenchmark(name = "real-data", seed = 7, requires = "peftu.data")
@SyntheticDataset(users = 4, texts = 20)
@Method(name = "majority")
class RealDataBenchmarkTest {
}
