package dev.peftu.engine.store;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** One method under two labels with different settings; its users are named like every synthetic task's. */
@PeftuBenchmark(name = "two-labels", seed = 3)
@SyntheticDataset(users = 3, texts = 20)
@Method(name = "head", settings = "epochs=1")
@Method(name = "head", label = "head-slow", settings = {"epochs=1", "headLearningRate=0.0001"})
public class TwoLabelsBenchmark {
}
