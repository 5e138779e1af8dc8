package dev.peftu.engine.combined;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Two baselines that read no model, and select and stack over them. */
@PeftuBenchmark(seed = 5)
@SyntheticDataset(users = 3, texts = 100)
@Method(name = "majority")
@Method(name = "retrieval", settings = "k=1")
@Method(name = "select", settings = "of=majority,retrieval")
@Method(name = "stack", settings = "of=majority,retrieval")
public class SelectBenchmark {
}
