package dev.peftu.maven.launch;

import java.util.List;

/**
 * What a run of the peftu engine reported through the JUnit Platform.
 *
 * @param containers containers found, the engine's root included (so 1 means no benchmark spec)
 * @param tests tests found (users and gates)
 * @param succeeded tests that passed
 * @param failed failed tests and containers
 * @param aborted aborted tests and containers
 * @param failures one line per failed or aborted test or container: its name and unique id, then
 *     the exception with its message
 */
public record EngineOutcome(long containers, long tests, long succeeded, long failed, long aborted,
                            List<String> failures) {

    /** Copies the failures. */
    public EngineOutcome {
        failures = List.copyOf(failures);
    }

    /** Whether any benchmark spec was discovered (the engine's root aside, every container is one's). */
    public boolean foundSpecs() {
        return containers > 1 || tests > 0;
    }

    /** Whether anything failed or was aborted; an aborted test or container counts as a failure. */
    public boolean hasFailures() {
        return failed + aborted > 0 || !failures.isEmpty();
    }
}
