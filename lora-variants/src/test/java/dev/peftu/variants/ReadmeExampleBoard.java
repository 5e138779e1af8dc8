package dev.peftu.variants;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** The README's example method on a tiny synthetic board; runs only where a test registers the method. */
@PeftuBenchmark(name = "readme-example", seed = 3, epochs = 1)
@SyntheticDataset(users = 2, texts = 20)
@Method(name = "output-bias")
public class ReadmeExampleBoard {
}
