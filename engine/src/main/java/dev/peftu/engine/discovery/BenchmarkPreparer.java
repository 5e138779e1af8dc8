package dev.peftu.engine.discovery;

import dev.peftu.engine.descriptor.BenchmarkDescriptor;
import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.engine.spec.DatasetLoader;
import dev.peftu.engine.spec.LoadedDataset;
import dev.peftu.engine.spec.SpecReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.platform.engine.TestDescriptor;

/**
 * Reads each spec class and loads its dataset once per discovery, however many selectors lead to
 * it. A spec or dataset that fails becomes a benchmark descriptor that fails with the cause when
 * executed, so that one broken spec never hides the others.
 */
final class BenchmarkPreparer {

    private final SpecReader reader;
    private final DatasetLoader loader;
    private final Map<Class<?>, Prepared> prepared = new HashMap<>();

    BenchmarkPreparer(SpecReader reader, DatasetLoader loader) {
        this.reader = reader;
        this.loader = loader;
    }

    /** Returns a new descriptor for the spec class under the parent, preparing the class on first use. */
    BenchmarkDescriptor descriptor(TestDescriptor parent, Class<?> specClass) {
        Prepared benchmark = prepared.computeIfAbsent(specClass, this::prepare);
        if (benchmark.failure() != null) {
            return BenchmarkDescriptor.failed(parent, specClass, benchmark.failure());
        }
        return BenchmarkDescriptor.prepared(parent, benchmark.spec(), benchmark.dataset());
    }

    private Prepared prepare(Class<?> specClass) {
        try {
            BenchmarkSpec spec = reader.read(specClass);
            return new Prepared(spec, loader.load(spec), null);
        } catch (RuntimeException failure) {
            return new Prepared(null, null, failure);
        }
    }

    private record Prepared(BenchmarkSpec spec, LoadedDataset dataset, RuntimeException failure) {
    }
}
