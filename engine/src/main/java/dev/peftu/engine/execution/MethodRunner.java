package dev.peftu.engine.execution;

import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.engine.spec.MethodSettings;
import dev.peftu.engine.spec.MethodSpec;
import dev.peftu.engine.spec.Placeholders;
import dev.peftu.eval.CombinedContender;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.RunContext;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.ModuleStore;
import dev.peftu.model.BaseModel;
import dev.peftu.results.MethodResult;
import java.nio.file.Path;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Runs one method of a benchmark: parses its settings, creates the contender, hands it the
 * dataset (and the base model, loaded only when the contender needs one), and scores its
 * predictions. Every failure on the way becomes a failed {@link MethodOutcome} rather than an
 * exception, so that the other methods still run.
 */
public final class MethodRunner {

    private final ContenderLookup contenders;
    private final BaseModelCache models;
    private final MethodScorer scorer;
    private final ProgressLog progress;
    private final Placeholders placeholders;
    private final int epochsOverride;
    private final Path moduleStore;
    private final boolean resume;
    private final Clock clock;

    /**
     * Creates a runner for one engine run.
     *
     * @param contenders creates contenders by name
     * @param models the run's base models
     * @param scorer turns predictions into scores
     * @param progress where progress lines go
     * @param placeholders resolves {@code ${...}} in settings
     * @param epochsOverride epochs from the configuration, winning over method settings, or 0
     * @param moduleStore where trained modules are kept, one directory per benchmark
     * @param resume whether stored modules of matching fingerprint are reused
     * @param clock the clock method timings come from
     */
    public MethodRunner(ContenderLookup contenders, BaseModelCache models, MethodScorer scorer, ProgressLog progress,
                        Placeholders placeholders, int epochsOverride, Path moduleStore, boolean resume,
                        Clock clock) {
        this.contenders = contenders;
        this.models = models;
        this.scorer = scorer;
        this.progress = progress;
        this.placeholders = placeholders;
        this.epochsOverride = epochsOverride;
        this.moduleStore = moduleStore;
        this.resume = resume;
        this.clock = clock;
    }

    /** Runs the method on the benchmark's users and returns its scores or its failure. */
    public MethodOutcome run(BenchmarkRun benchmark, MethodSpec method) {
        BenchmarkSpec spec = benchmark.spec();
        long started = clock.millis();
        ContenderKind kind = contenders.expectedKind(method.name());
        progress.announce(spec.name() + " / " + method.label() + ": starting " + method.name() + " on "
                + benchmark.dataset().users().size() + " users");
        Map<String, String> settings = Map.of();
        try {
            settings = MethodSettings.parse(method, spec, placeholders, epochsOverride);
            Contender contender = contenders.create(method.name(), settings);
            kind = contender.kind();
            BaseModel model = contenders.needsBaseModel(contender) ? models.get(spec.baseModelDirectory(), spec.maxLength()) : null;
            ModuleStorage storage = new ModuleStorage(
                    ModuleStore.benchmarkRoot(moduleStore, spec.name()), method.label(), resume);
            RunContext context = new RunContext(benchmark.dataset(), model, spec.seed(), settings, storage,
                    benchmark.runUserIds());
            ContenderResult result = contender instanceof CombinedContender combined
                    ? combined.combine(context, named(benchmark, method, combined),
                            progress.forMethod(spec.name(), method.label()))
                    : contender.run(context, progress.forMethod(spec.name(), method.label()));
            MethodResult scored = scorer.score(method.label(), contender, settings, benchmark.scoredDataset(), result,
                    spec.seed(), seconds(started));
            progress.announce(spec.name() + " / " + method.label() + ": done in "
                    + ProgressLog.clockTime(java.time.Duration.ofMillis(clock.millis() - started)));
            return MethodOutcome.scored(scored, benchmark.dataset(), result);
        } catch (VirtualMachineError fatal) {
            throw fatal;
        } catch (Throwable failure) {
            String message = Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getName());
            progress.announce(spec.name() + " / " + method.label() + ": failed: " + message);
            return MethodOutcome.failed(MethodResult.failed(method.label(), method.name(), settings, kind, message,
                    seconds(started)), failure, benchmark.dataset());
        }
    }

    /**
     * The results of the methods a combined contender names, reused from this board's runs; a
     * method that failed or did not run fails the combined one, naming it.
     */
    private static Map<String, ContenderResult> named(BenchmarkRun benchmark, MethodSpec method,
                                                      CombinedContender combined) {
        Map<String, ContenderResult> named = new LinkedHashMap<>();
        for (String label : combined.of()) {
            named.put(label, benchmark.predictionsOf(label).orElseThrow(() -> new IllegalStateException(
                    "method " + method.label() + ": setting of names method " + label + ", which has no result on"
                            + " this board (it failed or did not run); " + combined.name() + " combines the results"
                            + " of methods that ran before it")));
        }
        return named;
    }

    private double seconds(long started) {
        return (clock.millis() - started) / 1000.0;
    }
}
