package dev.peftu.variants;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** The four contributed variants on a synthetic board small enough for a unit test, one epoch. */
@PeftuBenchmark(name = "variants", seed = 5, epochs = 1)
@SyntheticDataset(users = 3, texts = 24)
@Method(name = "dora")
@Method(name = "pissa")
@Method(name = "lora-plus")
@Method(name = "rslora")
public class VariantBoard {
}
