package dev.peftu.engine.execution;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.eval.ContenderResult;
import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.GateResult;
import dev.peftu.results.MethodResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
    private final Map<String, ContenderResult> predictions = new LinkedHashMap<>();
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

    /** Returns the users, split: all of them, whose training data serves what learns from everyone. */
    public PersonalizedDataset dataset() {
        return dataset;
    }

    /** Returns the ids of the users this run trains and scores: all, or one shard's. */
    public Set<String> runUserIds() {
        Set<String> users = new LinkedHashSet<>();
        dataset.users().stream().map(UserData::userId).filter(spec::runsUser).forEach(users::add);
        return users;
    }

    /** Returns the dataset of the users this run scores. */
    public PersonalizedDataset scoredDataset() {
        return new PersonalizedDataset(dataset.task(),
                dataset.users().stream().filter(user -> spec.runsUser(user.userId())).toList());
    }

    /** Records a finished method; a method recorded twice keeps its latest result. */
    public void record(MethodOutcome outcome) {
        methods.put(outcome.result().name(), outcome.result());
        predictions.remove(outcome.result().name());
        outcome.predictions().ifPresent(predicted -> predictions.put(outcome.result().name(), predicted));
    }

    /**
     * Returns the validation and test predictions of a method that ran on this board and passed,
     * by its label; empty for a method that failed or has not run.
     */
    public Optional<ContenderResult> predictionsOf(String label) {
        return Optional.ofNullable(predictions.get(label));
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
