package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;
import dev.peftu.api.SyntheticDataset;

/** An invalid spec: it names two datasets. */
@PeftuBenchmark
@SyntheticDataset
@PeftuJsonDataset("somewhere")
@Method(name = "majority")
public class TwoDatasetsBenchmark {
}
