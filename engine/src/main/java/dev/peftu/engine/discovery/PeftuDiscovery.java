package dev.peftu.engine.discovery;

import dev.peftu.engine.descriptor.PeftuEngineDescriptor;
import dev.peftu.engine.execution.ContenderLookup;
import dev.peftu.engine.spec.DatasetLoader;
import dev.peftu.engine.spec.RunConfiguration;
import dev.peftu.engine.spec.SpecException;
import dev.peftu.engine.spec.SpecReader;
import java.util.List;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.support.discovery.EngineDiscoveryRequestResolver;

/**
 * Builds the engine's test tree for a discovery request: classpath roots, packages and modules
 * are scanned for benchmark classes (honoring class and package name filters and
 * {@code peftu.benchmarks}), and class, method
 * and unique-id selectors are resolved by {@link BenchmarkSelectorResolver}. Everything that can
 * be checked before training is checked here ({@link Preflight}).
 */
public final class PeftuDiscovery {

    private PeftuDiscovery() {
    }

    /**
     * Resolves the request's selectors into children of the engine descriptor.
     *
     * @throws SpecException when the run as a whole cannot start (an unknown or malformed
     *     configuration parameter, an unwritable results directory or module store, a missing model
     *     directory, conflicting contender providers), listing every such problem and every problem
     *     of the benchmarks, each once; nothing is trained
     */
    public static void resolve(EngineDiscoveryRequest request, PeftuEngineDescriptor engine) {
        RunConfiguration configuration = new RunConfiguration(request.getConfigurationParameters());
        Preflight preflight = new Preflight(configuration, new ContenderLookup());
        List<String> runProblems = preflight.runProblems();
        SpecReader specs = new SpecReader(configuration);
        BenchmarkPreparer preparer = new BenchmarkPreparer(specs, new DatasetLoader(), preflight);
        EngineDiscoveryRequestResolver.<PeftuEngineDescriptor>builder()
                .addClassContainerSelectorResolver(new IsBenchmarkClass())
                .addSelectorResolver(context -> new BenchmarkSelectorResolver(
                        context.getClassNameFilter(), specs::isSelected, preparer))
                .build()
                .resolve(request, engine);
        if (!runProblems.isEmpty()) {
            throw new Problems().addAll(runProblems).addAll(preparer.problems()).failure("the peftu run");
        }
    }
}
