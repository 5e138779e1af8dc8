package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;

/** Abstract, so never a benchmark of its own. */
@PeftuBenchmark
@Method(name = "majority")
public abstract class AbstractBenchmark {
}
