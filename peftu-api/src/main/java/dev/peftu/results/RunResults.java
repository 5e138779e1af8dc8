package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything one peftu run produced: the root of {@code results.json}.
 *
 * @param schema always {@value #SCHEMA}
 * @param run how the run was made
 * @param benchmarks each benchmark's results, in the order they ran
 * @param notRun the benchmarks that were discovered but produced no results (skipped or unable to
 *     start), with the reason; empty when every benchmark ran
 */
public record RunResults(
        @JsonProperty(required = true) String schema,
        @JsonProperty(required = true) RunMetadata run,
        @JsonProperty(required = true) List<BenchmarkResult> benchmarks,
        List<NotRunBenchmark> notRun) {

    /** The schema identifier this model reads and writes. */
    public static final String SCHEMA = "peftu-results/2";

    /** Checks the schema and copies the benchmarks. */
    public RunResults {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema must be \"" + SCHEMA + "\" but was " + schema);
        }
        Objects.requireNonNull(run, "run is required");
        benchmarks = List.copyOf(Objects.requireNonNull(benchmarks, "benchmarks are required"));
        notRun = notRun == null ? List.of() : List.copyOf(notRun);
    }

    /** Results of the current schema. */
    public RunResults(RunMetadata run, List<BenchmarkResult> benchmarks, List<NotRunBenchmark> notRun) {
        this(SCHEMA, run, benchmarks, notRun);
    }

    /** Results of the current schema in which every discovered benchmark ran. */
    public RunResults(RunMetadata run, List<BenchmarkResult> benchmarks) {
        this(SCHEMA, run, benchmarks, List.of());
    }

    /** The benchmark with that name, if it ran. */
    public Optional<BenchmarkResult> benchmark(String name) {
        return benchmarks.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
