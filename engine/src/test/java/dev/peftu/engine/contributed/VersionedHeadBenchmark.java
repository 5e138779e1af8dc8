package dev.peftu.engine.contributed;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.SyntheticDataset;

/** The contributed {@link VersionedHead} alone, quick to train; runs only where a test registers the method. */
@PeftuBenchmark(name = "versioned-head", seed = 3)
@SyntheticDataset(users = 3, texts = 20)
@Method(name = VersionedHead.NAME, settings = "epochs=1")
public class VersionedHeadBenchmark {
}
