package dev.peftu.engine.store;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** Another benchmark whose users have the same ids as {@link TwoLabelsBenchmark}'s. */
@PeftuBenchmark(name = "same-users", seed = 4)
@SyntheticDataset(users = 3, texts = 20)
@Method(name = "head", settings = "epochs=1")
public class SameUsersBenchmark {
}
