package dev.peftu.maven.report;

import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;

/**
 * A benchmark that was discovered but produced no results, as the index lists it.
 *
 * @param name the benchmark's name
 * @param skipped whether it was skipped (else it failed to start)
 * @param reason why it did not run
 */
public record NotRunRow(String name, boolean skipped, String reason) {

    static NotRunRow of(NotRunBenchmark benchmark) {
        return new NotRunRow(benchmark.name(), benchmark.status() == Outcome.SKIPPED, benchmark.reason());
    }
}
