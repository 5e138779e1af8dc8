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
 */
public record RunResults(
        @JsonProperty(required = true) String schema,
        @JsonProperty(required = true) RunMetadata run,
        @JsonProperty(required = true) List<BenchmarkResult> benchmarks) {

    /** The schema identifier this model reads and writes. */
    public static final String SCHEMA = "peftu-results/1";

    /** Checks the schema and copies the benchmarks. */
    public RunResults {
        if (!SCHEMA.equals(schema)) {
            throw new IllegalArgumentException("schema must be \"" + SCHEMA + "\" but was " + schema);
        }
        Objects.requireNonNull(run, "run is required");
        benchmarks = List.copyOf(Objects.requireNonNull(benchmarks, "benchmarks are required"));
    }

    /** Results of the current schema. */
    public RunResults(RunMetadata run, List<BenchmarkResult> benchmarks) {
        this(SCHEMA, run, benchmarks);
    }

    /** The benchmark with that name, if it ran. */
    public Optional<BenchmarkResult> benchmark(String name) {
        return benchmarks.stream().filter(b -> b.name().equals(name)).findFirst();
    }
}
