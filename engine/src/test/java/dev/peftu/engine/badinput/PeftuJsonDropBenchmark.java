package dev.peftu.engine.badinput;

import dev.peftu.api.InvalidRows;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;

/** {@link PeftuJsonBenchmark} opting in to dropping, and counting, unusable samples and users. */
@PeftuBenchmark(name = "peftu-json-drop", epochs = 1)
@PeftuJsonDataset(value = "${peftu.data}", invalidRows = InvalidRows.DROP)
@Method(name = "majority")
public class PeftuJsonDropBenchmark {
}
