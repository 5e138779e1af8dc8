package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** A method setting that references a spec's own configuration parameter, {@code note}. */
@PeftuBenchmark(name = "configured-settings")
@SyntheticDataset(users = 2, texts = 20)
@Method(name = "majority", settings = "epochs=${note}")
public class ConfiguredSettingsBenchmark {
}
