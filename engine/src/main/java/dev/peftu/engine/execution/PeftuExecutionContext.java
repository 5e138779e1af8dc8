package dev.peftu.engine.execution;

import java.util.Optional;
import org.junit.platform.engine.EngineExecutionListener;
import org.junit.platform.engine.support.hierarchical.EngineExecutionContext;

/**
 * What each node of the tree gets while the engine runs: the run-wide services, and below a
 * benchmark its {@link BenchmarkRun}, below a method its {@link MethodOutcome}. Immutable; each
 * level derives its children's context with a {@code with...} method.
 */
public final class PeftuExecutionContext implements EngineExecutionContext {

    private final EngineExecutionListener listener;
    private final RunRecorder recorder;
    private final MethodRunner methodRunner;
    private final BaseModelCache models;
    private final BenchmarkRun benchmark;
    private final MethodOutcome method;

    /**
     * Creates the engine-level context.
     *
     * @param listener where report entries go
     * @param recorder collects the results of every benchmark
     * @param methodRunner runs one method of a benchmark
     * @param models the base models loaded during the run, closed when it finishes
     */
    public PeftuExecutionContext(EngineExecutionListener listener, RunRecorder recorder, MethodRunner methodRunner,
                                 BaseModelCache models) {
        this(listener, recorder, methodRunner, models, null, null);
    }

    private PeftuExecutionContext(EngineExecutionListener listener, RunRecorder recorder, MethodRunner methodRunner,
                                  BaseModelCache models, BenchmarkRun benchmark, MethodOutcome method) {
        this.listener = listener;
        this.recorder = recorder;
        this.methodRunner = methodRunner;
        this.models = models;
        this.benchmark = benchmark;
        this.method = method;
    }

    /** Returns the context for the children of a benchmark. */
    public PeftuExecutionContext withBenchmark(BenchmarkRun run) {
        return new PeftuExecutionContext(listener, recorder, methodRunner, models, run, null);
    }

    /** Returns the context for the users of a method. */
    public PeftuExecutionContext withMethod(MethodOutcome outcome) {
        return new PeftuExecutionContext(listener, recorder, methodRunner, models, benchmark, outcome);
    }

    /**
     * Ends the run: writes the results file, then closes the base models.
     *
     * @throws java.io.IOException when the results file cannot be written
     */
    public void finishRun() throws java.io.IOException {
        try (models) {
            recorder.write(models.describe(), models.devices());
        }
    }

    /** Returns the listener report entries are published to. */
    public EngineExecutionListener listener() {
        return listener;
    }

    /** Returns the run's results collector. */
    public RunRecorder recorder() {
        return recorder;
    }

    /** Returns what runs a method. */
    public MethodRunner methodRunner() {
        return methodRunner;
    }

    /** Returns the benchmark being run, if below one. */
    public Optional<BenchmarkRun> benchmark() {
        return Optional.ofNullable(benchmark);
    }

    /** Returns the method's outcome, if below a method that ran. */
    public Optional<MethodOutcome> method() {
        return Optional.ofNullable(method);
    }
}
