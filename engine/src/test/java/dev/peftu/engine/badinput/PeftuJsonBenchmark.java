package dev.peftu.engine.badinput;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;

/** A PEFT-U JSON directory: {@code data.json} beside a {@code task.json}. */
@PeftuBenchmark(name = "peftu-json", epochs = 1)
@PeftuJsonDataset("${peftu.data}")
@Method(name = "majority")
public class PeftuJsonBenchmark {
}
