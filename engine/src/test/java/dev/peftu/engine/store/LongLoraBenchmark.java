package dev.peftu.engine.store;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** LoRA trained one user at a time, slowly enough that a run can be killed between two users. */
@PeftuBenchmark(name = "long-lora", seed = 5)
@SyntheticDataset(users = 4, texts = 12)
@Method(name = "lora", settings = {"epochs=1", "cohortSize=1"})
public class LongLoraBenchmark {
}
