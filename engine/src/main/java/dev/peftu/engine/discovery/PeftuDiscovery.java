package dev.peftu.engine.discovery;

import dev.peftu.engine.descriptor.PeftuEngineDescriptor;
import dev.peftu.engine.spec.DatasetLoader;
import dev.peftu.engine.spec.RunConfiguration;
import dev.peftu.engine.spec.SpecReader;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds the engine's test tree for a discovery request: classpath roots, packages and modules
 * are scanned for benchmark classes (honoring class and package name filters and
 * {@code peftu.benchmarks}), and class, method
 * and unique-id selectors are resolved by {@link BenchmarkSelectorResolver}.
 */
public final class PeftuDiscovery {

    private PeftuDiscovery() {
    }

    /** Resolves the request's selectors into children of the engine descriptor. */
    public static void resolve(EngineDiscoveryRequest request, PeftuEngineDescriptor engine) {
        SpecReader specs = new SpecReader(new RunConfiguration(request.getConfigurationParameters()));
        BenchmarkPreparer preparer = new BenchmarkPreparer(specs, new DatasetLoader());
        EngineDiscoveryRequestResolver.<PeftuEngineDescriptor>builder()
                .addClassContainerSelectorResolver(new IsBenchmarkClass())
                .addSelectorResolver(context -> new BenchmarkSelectorResolver(
                        context.getClassNameFilter(), specs::isSelected, preparer))
                .build()
                .resolve(request, engine);
    }
}
