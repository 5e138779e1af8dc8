package dev.peftu.maven.launch;

import java.util.List;

/**
 * What a run of the peftu engine reported through the JUnit Platform.
 *
 * @param tests tests found (users and gates)
 * @param succeeded tests that passed
 * @param failed failed tests and containers
 * @param failures one line per failure: the test's name and unique id, then the exception
 */
public record EngineOutcome(long tests, long succeeded, long failed, List<String> failures) {

    /** Copies the failures. */
    public EngineOutcome {
        failures = List.copyOf(failures);
    }
}
