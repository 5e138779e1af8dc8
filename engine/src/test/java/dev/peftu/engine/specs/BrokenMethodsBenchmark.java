package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Two working methods around an unknown method and a malformed setting. */
@PeftuBenchmark(name = "broken-methods")
@SyntheticDataset(users = 2, texts = 20)
@Method(name = "majority")
@Method(name = "no-such-method")
@Method(name = "majority", label = "majority-malformed", settings = "rank4")
@Method(name = "majority", label = "majority-again", settings = "epochs=${note}")
public class BrokenMethodsBenchmark {
}
