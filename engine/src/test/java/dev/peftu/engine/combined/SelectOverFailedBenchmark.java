package dev.peftu.engine.combined;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** {@code select} over the majority baseline and {@code stored}, which fails when it runs (no directory given). */
@PeftuBenchmark(seed = 5)
@SyntheticDataset(users = 3, texts = 40)
@Method(name = "majority")
@Method(name = "stored")
@Method(name = "select", settings = "of=majority,stored")
public class SelectOverFailedBenchmark {
}
