package dev.peftu.maven.gate;

import static dev.peftu.maven.Runs.benchmark;
import static dev.peftu.maven.Runs.method;
import static dev.peftu.maven.Runs.run;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.maven.Runs;
import dev.peftu.results.RunResults;
import java.util.List;
import org.junit.jupiter.api.Test;

class GateRuleTest {

    private final RunResults results = run(
            benchmark("tweeteval", method("adapter", 0.72, 0.69, 0.75), method("lora", 0.62, 0.58, 0.66),
                    method("majority", 0.60, 0.57, 0.63)),
            benchmark("studemo", method("adapter", 0.65, 0.61, 0.69), Runs.failed("lora", "out of memory")));

    @Test
    void minimumAppliesToTheMethodOnEveryBenchmarkMatchingTheWildcard() {
        List<GateVerdict> verdicts = GateRule.minimum("*", "adapter", 0.70).evaluate(results);

        assertThat(verdicts).extracting(GateVerdict::benchmark, GateVerdict::passed)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("tweeteval", true),
                        org.assertj.core.groups.Tuple.tuple("studemo", false));
        assertThat(verdicts.get(1).message())
                .isEqualTo("accuracy 0.650 [0.610, 0.690] is below the minimum 0.700 by 0.050");
    }

    @Test
    void minimumHoldsAtExactlyTheThreshold() {
        assertThat(GateRule.minimum("tweeteval", "lora", 0.62).evaluate(results))
                .singleElement().extracting(GateVerdict::passed).isEqualTo(true);
    }

    @Test
    void beatsByShowsBothAccuraciesAndTheMargin() {
        GateVerdict held = GateRule.beats("tweeteval", "lora", "majority", 0.02).evaluate(results).get(0);
        GateVerdict failed = GateRule.beats("tweeteval", "lora", "majority", 0.03).evaluate(results).get(0);

        assertThat(held.passed()).isTrue();
        assertThat(failed.passed()).isFalse();
        assertThat(failed.check()).isEqualTo("beats majority by 0.030");
        assertThat(failed.message()).isEqualTo("lora=0.620 [0.580, 0.660] vs majority=0.600 [0.570, 0.630]:"
                + " margin 0.020, expected at least 0.030");
    }

    @Test
    void aFailedMethodFailsTheRuleWithItsError() {
        assertThat(GateRule.minimum("studemo", "lora", 0.5).evaluate(results)).singleElement()
                .satisfies(v -> assertThat(v.passed()).isFalse())
                .extracting(GateVerdict::message).isEqualTo("method failed: out of memory");
    }

    @Test
    void anExactlyNamedMissingMethodFailsListingTheMethods() {
        assertThat(GateRule.minimum("tweeteval", "ia3", 0.5).evaluate(results)).singleElement()
                .extracting(GateVerdict::message).isEqualTo("no method ia3 ran; methods are [adapter, lora, majority]");
    }

    @Test
    void aRuleMatchingNothingFails() {
        assertThat(GateRule.minimum("tweet*", "prefix-*", 0.5).evaluate(results)).singleElement()
                .satisfies(v -> assertThat(v.passed()).isFalse())
                .extracting(GateVerdict::message).asString().startsWith("the rule matched no method");
    }

    @Test
    void rejectsARuleThatDemandsNothingOrAPercentageForAFraction() {
        GateRule empty = new GateRule();
        empty.setMethod("lora");
        assertThatThrownBy(() -> empty.evaluate(results)).hasMessageContaining("demands nothing");
        assertThatThrownBy(() -> GateRule.minimum("*", "lora", 70).evaluate(results))
                .hasMessageContaining("<minimum> of the rule for method lora must be a fraction in [0, 1]");
    }
}
