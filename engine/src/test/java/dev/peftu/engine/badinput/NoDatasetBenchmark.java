package dev.peftu.engine.badinput;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;

/** A benchmark that forgot its dataset annotation: it must not train on a generated task. */
@PeftuBenchmark(name = "no-dataset")
@Method(name = "majority")
public class NoDatasetBenchmark {
}
