package dev.peftu.engine.discovery;

import dev.peftu.engine.descriptor.BenchmarkDescriptor;
import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.engine.spec.DatasetLoader;
import dev.peftu.engine.spec.LoadedDataset;
import dev.peftu.engine.spec.SpecReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;

/**
 * Reads each spec class and loads its dataset once per discovery, however many selectors lead to
 * it. A spec or dataset that fails becomes a benchmark descriptor that fails with the cause when
 * executed, so that one broken spec never hides the others. A spec whose required configuration
 * parameters are not set becomes a skipped benchmark, and its dataset is not touched.
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
        if (benchmark.skipReason() != null) {
            return BenchmarkDescriptor.skipped(parent, specClass, benchmark.name(), benchmark.skipReason());
        }
        return BenchmarkDescriptor.prepared(parent, benchmark.spec(), benchmark.dataset());
    }

    private Prepared prepare(Class<?> specClass) {
        try {
            List<String> missing = reader.missingRequirements(specClass);
            if (!missing.isEmpty()) {
                return new Prepared(reader.name(specClass), null, null, null, skipReason(specClass, missing));
            }
            BenchmarkSpec spec = reader.read(specClass);
            return new Prepared(spec.name(), spec, loader.load(spec), null, null);
        } catch (RuntimeException failure) {
            return new Prepared(null, null, null, failure, null);
        }
    }

    private static String skipReason(Class<?> specClass, List<String> missing) {
        return specClass.getSimpleName() + " requires configuration parameter" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing) + ", not set; set "
                + missing.stream().map(name -> "-D" + name + "=...").collect(Collectors.joining(" "))
                + " to run it";
    }

    private record Prepared(String name, BenchmarkSpec spec, LoadedDataset dataset, RuntimeException failure,
                            String skipReason) {
    }
}
