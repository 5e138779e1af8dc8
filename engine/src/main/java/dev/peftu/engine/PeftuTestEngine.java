package dev.peftu.engine;

import dev.peftu.engine.descriptor.PeftuEngineDescriptor;
import dev.peftu.engine.discovery.PeftuDiscovery;
import dev.peftu.engine.execution.BaseModelCache;
import dev.peftu.engine.execution.ContenderLookup;
import dev.peftu.engine.execution.MethodRunner;
import dev.peftu.engine.execution.MethodScorer;
import dev.peftu.engine.execution.PeftuExecutionContext;
import dev.peftu.engine.execution.ProgressLog;
import dev.peftu.engine.execution.RunRecorder;
import dev.peftu.engine.spec.RunConfiguration;
import dev.peftu.results.Shard;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.junit.platform.engine.EngineDiscoveryRequest;
import org.junit.platform.engine.ExecutionRequest;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.hierarchical.HierarchicalTestEngine;

/**
 * The peftu test engine: discovers {@link dev.peftu.api.PeftuBenchmark} classes and runs them as
 * benchmark, method and per-user tests plus gates, then writes {@code results.json}. Registered
 * through {@code META-INF/services/org.junit.platform.engine.TestEngine}; its id is
 * {@value Constants#ENGINE_ID}.
 */
public final class PeftuTestEngine extends HierarchicalTestEngine<PeftuExecutionContext> {

    @Override
    public String getId() {
        return Constants.ENGINE_ID;
    }

    @Override
    public Optional<String> getGroupId() {
        return Optional.of("dev.peftu");
    }

    @Override
    public Optional<String> getArtifactId() {
        return Optional.of("peftu-engine");
    }

    @Override
    public TestDescriptor discover(EngineDiscoveryRequest request, UniqueId uniqueId) {
        PeftuEngineDescriptor engine = new PeftuEngineDescriptor(uniqueId);
        PeftuDiscovery.resolve(request, engine);
        return engine;
    }

    @Override
    protected PeftuExecutionContext createExecutionContext(ExecutionRequest request) {
        RunConfiguration configuration = new RunConfiguration(request.getConfigurationParameters());
        Clock clock = Clock.systemUTC();
        ProgressLog progress = new ProgressLog(System.out, clock,
                Duration.ofSeconds(configuration.progressIntervalSeconds()), configuration.progressEnabled());
        BaseModelCache models = new BaseModelCache();
        MethodRunner runner = new MethodRunner(new ContenderLookup(), models, new MethodScorer(), progress,
                configuration.placeholders(), configuration.epochs().orElse(0),
                configuration.moduleStore(), configuration.resume(), clock);
        return new PeftuExecutionContext(request.getEngineExecutionListener(),
                new RunRecorder(configuration.resultsFile(),
                        configuration.shard().map(Shard::toString).orElse(null), clock), runner, models);
    }
}
