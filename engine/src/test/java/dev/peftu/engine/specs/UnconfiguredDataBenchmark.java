package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;

/** A spec whose dataset path needs the {@code peftu.data} parameter. */
@PeftuBenchmark
@PeftuJsonDataset("${peftu.data}/tweeteval")
@Method(name = "majority")
public class UnconfiguredDataBenchmark {
}
