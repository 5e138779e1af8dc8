package dev.peftu.engine.contributed;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** The contributed baseline with a misspelt setting after a working method. */
@PeftuBenchmark(seed = 5)
@SyntheticDataset(users = 3, texts = 20)
@Method(name = "majority")
@Method(name = ConstantLabelBaseline.NAME, label = "constant-misspelt", settings = "labelNumbr=2")
public class MisspeltSettingBenchmark {
}
