package dev.peftu.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairedStatisticsTest {

    private final PairedStatistics statistics = new PairedStatistics(42);

    @Test
    void comparesUserByUserOnTheSameExamples() {
        // differences per user: +0.10, +0.20, 0, -0.10
        MethodResult subject = SampleResults.method("lora", ContenderKind.PEFT, 0, 0.60, 0.70, 0.50, 0.40);
        MethodResult reference = SampleResults.method("majority", ContenderKind.BASELINE, 0, 0.50, 0.50, 0.50, 0.50);

        PairedComparison comparison = statistics.compare(subject, reference);

        assertThat(comparison.users()).extracting(UserDifference::difference)
                .containsExactly(0.10, 0.20, 0.0, -0.10);
        assertThat(comparison.meanDifference()).isCloseTo(0.05, within(1e-12));
        assertThat(List.of(comparison.wins(), comparison.ties(), comparison.losses())).containsExactly(2, 1, 1);
        // non-zero differences 0.1, 0.2, -0.1 (sum 0.2): |sum| >= 0.2 for (+,+,-), (+,+,+), (-,+,+) and mirrors
        assertThat(comparison.pValue()).isEqualTo(0.75);
    }

    @Test
    void thePairedIntervalIsAPercentileBootstrapOfThePerUserDifferences() {
        // every user gains exactly 0.05: any resample has mean 0.05
        MethodResult subject = SampleResults.method("a", ContenderKind.PEFT, 0, 0.45, 0.95, 0.35, 0.85);
        MethodResult reference = SampleResults.method("b", ContenderKind.PEFT, 0, 0.40, 0.90, 0.30, 0.80);

        PairedComparison comparison = statistics.compare(subject, reference);

        assertThat(comparison.ciLow()).isCloseTo(0.05, within(1e-12));
        assertThat(comparison.ciHigh()).isCloseTo(0.05, within(1e-12));
        assertThat(comparison.describe()).isEqualTo("+0.050 [+0.050, +0.050], W/T/L 4/0/0, p = 0.125, 4 users");
    }

    @Test
    void pairingRemovesTheSpreadBetweenUsersThatUnpairedIntervalsKeep() {
        // users differ widely, the subject loses one example in ten on five of twelve users
        double[] before = {0.9, 0.5, 1.0, 0.6, 0.8, 0.7, 1.0, 0.9, 0.6, 0.8, 0.5, 1.0};
        double[] after = before.clone();
        for (int u = 0; u < 5; u++) {
            after[u] -= 0.1;
        }
        PairedComparison comparison = statistics.compare(
                SampleResults.method("head", ContenderKind.PEFT, 0, after),
                SampleResults.method("head", ContenderKind.PEFT, 0, before));

        assertThat(comparison.meanDifference()).isCloseTo(-5 * 0.1 / 12, within(1e-12));
        assertThat(comparison.intervalBelow(0)).isTrue();
        assertThat(comparison.ciHigh()).isLessThan(0);
        assertThat(comparison.pValue()).isEqualTo(2.0 / 32);
    }

    @Test
    void isReproducibleForTheSameSeed() {
        MethodResult subject = SampleResults.method("lora", ContenderKind.PEFT, 0, 0.61, 0.72, 0.55, 0.40, 0.90);
        MethodResult reference = SampleResults.method("majority", ContenderKind.BASELINE, 0, 0.50, 0.70, 0.58, 0.45, 0.80);

        assertThat(new PairedStatistics(7).compare(subject, reference))
                .isEqualTo(new PairedStatistics(7).compare(subject, reference));
    }

    @Test
    void refusesMethodsScoredOnDifferentUsersOrExamples() {
        MethodResult subject = SampleResults.method("lora", ContenderKind.PEFT, 0, 0.6, 0.7);
        MethodResult fewerUsers = SampleResults.method("majority", ContenderKind.BASELINE, 0, 0.6);
        assertThatThrownBy(() -> statistics.compare(subject, fewerUsers))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("cannot pair lora with majority: they were not scored on the same users and test examples"
                        + " (user u2 was scored by lora only)");

        UserResult otherExamples = UserResult.of("u2", Map.of("x1", true, "e000", false), 0.5);
        MethodResult otherSplit = new MethodResult("majority", "majority", Map.of(), ContenderKind.BASELINE,
                Outcome.PASSED, null, 0, 0.5, 0.5, 0.5, 0.5, 1, List.of(SampleResults.user("u1", 60, 100), otherExamples));
        assertThatThrownBy(() -> statistics.compare(subject, otherSplit))
                .hasMessageContaining("(user u2: test example e001 was scored by lora only)");
    }

    @Test
    void refusesAFailedMethod() {
        MethodResult subject = SampleResults.method("lora", ContenderKind.PEFT, 0, 0.6);
        MethodResult failed = MethodResult.failed("ia3", "ia3", Map.of(), ContenderKind.PEFT, "diverged", 1);
        assertThatThrownBy(() -> statistics.compare(subject, failed))
                .hasMessage("cannot compare lora with ia3: ia3 failed: diverged");
    }
}
