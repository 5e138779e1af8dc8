package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;

/** A benchmark on a PEFT-U directory whose data file gives a label as a string, not an array. */
@PeftuBenchmark(name = "bad-data", seed = 7)
@PeftuJsonDataset("${peftu.data}/bad")
@Method(name = "majority")
class BadDataBenchmarkTest {
}
