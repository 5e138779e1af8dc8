package dev.peftu.engine.execution;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.GateResult;
import dev.peftu.results.MethodResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark while it runs: its spec and dataset, and the method and gate results recorded so
 * far, in run order. Gates see it as their leaderboard; at the end it becomes the benchmark's
 * entry in {@code results.json}.
 */
public final class BenchmarkRun {

    private final BenchmarkSpec spec;
    private final PersonalizedDataset dataset;
    private final DatasetSummary summary;
    private final BenchmarkConfiguration configuration;
    private final Map<String, MethodResult> methods = new LinkedHashMap<>();
    private final List<GateResult> gates = new ArrayList<>();

    /**
     * Starts a benchmark's run.
     *
     * @param spec the benchmark as declared
     * @param dataset its users, split
     * @param summary the dataset's summary for reports
     */
    public BenchmarkRun(BenchmarkSpec spec, PersonalizedDataset dataset, DatasetSummary summary) {
        this.spec = spec;
        this.dataset = dataset;
        this.summary = summary;
        this.configuration = spec.configuration(dataset);
    }

    /** Returns the benchmark as declared. */
    public BenchmarkSpec spec() {
        return spec;
    }

    /** Returns the users, split. */
    public PersonalizedDataset dataset() {
        return dataset;
    }

    /** Records a finished method; a method recorded twice keeps its latest result. */
    public void record(MethodOutcome outcome) {
        methods.put(outcome.result().name(), outcome.result());
    }

    /** Records a finished gate. */
    public void record(GateResult gate) {
        gates.add(gate);
    }

    /** Returns the benchmark's results so far. */
    public BenchmarkResult toResult() {
        return new BenchmarkResult(spec.name(), configuration, summary, List.copyOf(methods.values()),
                List.copyOf(gates));
    }
}
