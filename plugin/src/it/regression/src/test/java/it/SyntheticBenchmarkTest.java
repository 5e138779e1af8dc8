package it;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/**
 * Twelve users with twelve test examples each, one epoch: the regressing head against the majority
 * baseline. With six test examples each, the simulated regression left 5 users worse, 1 better
 * and 6 tied: sign-flip p = 0.063, not significant, so the gate could not fail.
 */
@PeftuBenchmark(name = "synthetic", seed = 7, epochs = 1)
@SyntheticDataset(users = 12, texts = 120)
@Method(name = "majority")
@Method(name = "regressing-head")
class SyntheticBenchmarkTest {
}
