package dev.peftu.example;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;

/**
 * The checks the team applies to every benchmark: each spec class inherits these gates, and the
 * engine runs them after all of the spec's methods.
 */
abstract class PersonalizationGates {

    @Gate
    void everyMethodRunsToCompletion(Leaderboard board) {
        assertThat(board).hasNoFailedMethods();
    }

    /** The name of the most accurate PEFT method on the board. */
    static String bestPersonalizedMethod(Leaderboard board) {
        return board.ranking().stream().filter(method -> method.kind() == ContenderKind.PEFT)
                .map(MethodResult::name).findFirst()
                .orElseThrow(() -> new AssertionError("no PEFT method of " + board.benchmark() + " ran to completion"));
    }
}
