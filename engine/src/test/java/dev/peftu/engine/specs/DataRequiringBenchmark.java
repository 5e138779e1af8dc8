package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;

/** A spec on real data that declares it needs {@code peftu.data}, so it is skipped without it. */
@PeftuBenchmark(requires = "peftu.data")
@PeftuJsonDataset("${peftu.data}/tweeteval")
@Method(name = "majority")
public class DataRequiringBenchmark {
}
