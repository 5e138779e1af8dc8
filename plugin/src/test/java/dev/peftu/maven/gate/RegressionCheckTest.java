package dev.peftu.maven.gate;

import static dev.peftu.maven.Runs.benchmark;
import static dev.peftu.maven.Runs.method;
import static dev.peftu.maven.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.maven.Runs;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import org.junit.jupiter.api.Test;

class RegressionCheckTest {

    private final RegressionCheck check = new RegressionCheck(0.01);
    private final RunResults baseline = run(benchmark("tweeteval", method("lora", 0.62, 0.60, 0.64)));

    @Test
    void aDropBeyondToleranceAndOutsideTheIntervalsIsARegression() {
        GateVerdict verdict = compareWith(method("lora", 0.579, 0.55, 0.60));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).isEqualTo("dropped 0.041 > tolerance 0.010 and outside CI:"
                + " 0.579 [0.550, 0.600] vs baseline 0.620 [0.600, 0.640]");
    }

    @Test
    void aDropBeyondToleranceWithOverlappingIntervalsIsNoise() {
        GateVerdict verdict = compareWith(method("lora", 0.59, 0.55, 0.63));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.message()).startsWith("within noise: dropped 0.030 but CIs overlap:");
    }

    @Test
    void aDropWithinToleranceAndAGainPass() {
        assertThat(compareWith(method("lora", 0.615, 0.50, 0.70)).message()).startsWith("dropped 0.005 <= tolerance 0.010");
        assertThat(compareWith(method("lora", 0.70, 0.68, 0.72)).message()).startsWith("gained 0.080");
    }

    @Test
    void aMethodThatFailsNowRegresses() {
        GateVerdict verdict = compareWith(Runs.failed("lora", "diverged"));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).isEqualTo("failed now but passed in the baseline: diverged");
    }

    @Test
    void methodsThatDidNotRunAgainAreNotCompared() {
        assertThat(check.evaluate(run(benchmark("tweeteval", method("adapter", 0.1, 0.0, 0.2))), baseline)).isEmpty();
    }

    @Test
    void rejectsAToleranceGivenInPercent() {
        assertThatThrownBy(() -> new RegressionCheck(5)).hasMessageContaining("must be a fraction in [0, 1]");
    }

    private GateVerdict compareWith(MethodResult current) {
        return check.evaluate(run(benchmark("tweeteval", current)), baseline).get(0);
    }
}
