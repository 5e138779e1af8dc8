package dev.peftu.maven;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.maven.launch.EngineOutcome;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.GateResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.RunResults;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.maven.plugin.MojoFailureException;

/**
 * The message of a failed {@code peftu:verify}, gathered section by section: what kept the run
 * from being gated, the failed gate checks, the {@code @Gate}s that failed according to the
 * results file, and every failed or aborted engine test with its own message. Empty while nothing
 * has failed.
 */
final class BuildFailure {

    private final List<String> sections = new ArrayList<>();
    private Path report;

    /** Adds a section of its own, e.g. why no results could be gated. */
    BuildFailure add(String section) {
        sections.add(section);
        return this;
    }

    /**
     * Adds the failed verdicts, if any; checks that were not evaluated are not failures of their
     * own (what kept their benchmark from running is).
     */
    BuildFailure addVerdicts(List<GateVerdict> verdicts) {
        List<GateVerdict> failed = verdicts.stream().filter(GateVerdict::failed).toList();
        if (!failed.isEmpty()) {
            long evaluated = verdicts.stream().filter(GateVerdict::evaluated).count();
            StringBuilder section = new StringBuilder().append(failed.size()).append(" of ").append(evaluated)
                    .append(" gate checks failed:");
            failed.forEach(v -> section.append("\n  ").append(v.describe()));
            sections.add(section.toString());
        }
        return this;
    }

    /** Adds the {@code @Gate}s the results file records as failed, if any. */
    BuildFailure addEngineGates(RunResults results) {
        StringBuilder section = new StringBuilder();
        int failed = 0;
        for (BenchmarkResult benchmark : results.benchmarks()) {
            for (GateResult gate : benchmark.gates()) {
                if (gate.status() == Outcome.FAILED) {
                    failed++;
                    section.append("\n  [").append(benchmark.name()).append("] ").append(gate.name()).append(": ")
                            .append(gate.message());
                }
            }
        }
        if (failed > 0) {
            sections.add(failed + " @Gates failed:" + section);
        }
        return this;
    }

    /** Adds the engine's failed and aborted tests and containers, if any. */
    BuildFailure addEngine(EngineOutcome outcome) {
        if (outcome.hasFailures()) {
            StringBuilder section = new StringBuilder().append(outcome.failed()).append(" failed and ")
                    .append(outcome.aborted()).append(" aborted in the peftu engine (benchmarks, methods, users or @Gates):");
            outcome.failures().forEach(f -> section.append("\n  ").append(f));
            sections.add(section.toString());
        }
        return this;
    }

    /** Names the report that shows the details. */
    BuildFailure withReport(Path index) {
        this.report = index;
        return this;
    }

    /** Whether nothing has failed. */
    boolean isEmpty() {
        return sections.isEmpty();
    }

    /** The exception that fails the build with every section. */
    MojoFailureException toException() {
        StringBuilder message = new StringBuilder("peftu verification failed");
        sections.forEach(section -> message.append('\n').append(section));
        if (report != null) {
            message.append("\nReport: ").append(report);
        }
        return new MojoFailureException(message.toString());
    }
}
