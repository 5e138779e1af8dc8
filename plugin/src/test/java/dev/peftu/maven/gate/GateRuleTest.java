package dev.peftu.maven.gate;

import static dev.peftu.maven.Runs.benchmark;
import static dev.peftu.maven.Runs.method;
import static dev.peftu.maven.Runs.run;
import static dev.peftu.maven.Runs.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.peftu.maven.Runs;
import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
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
    void beatsJudgesThePairedMeanDifferenceAndShowsThePairedNumbers() {
        RunResults paired = run(benchmark("synthetic", scored("lora", 10, 6, 7, 6, 8, 5, 7, 6, 6, 7, 5, 6, 8),
                scored("majority", 10, 5, 6, 5, 7, 4, 6, 6, 6, 7, 5, 6, 8)));

        GateVerdict held = GateRule.beats("synthetic", "lora", "majority", 0.05).evaluate(paired).get(0);
        GateVerdict failed = GateRule.beats("synthetic", "lora", "majority", 0.06).evaluate(paired).get(0);

        assertThat(held.passed()).isTrue();
        assertThat(held.comparison().meanDifference()).isCloseTo(0.05, within(1e-9));
        assertThat(failed.passed()).isFalse();
        assertThat(failed.check()).isEqualTo("beats majority by 0.060");
        assertThat(failed.message()).startsWith("lora vs majority: paired difference +0.050 [")
                .endsWith("], W/T/L 6/6/0, p = 0.031, 12 users; expected a mean difference of at least +0.060");
        assertThat(failed.comparison()).isNotNull();
    }

    @Test
    void significantDemandsTheWholePairedIntervalAboveTheMarginAndTheSignFlipTestToReject() {
        RunResults mixed = run(benchmark("synthetic", scored("lora", 10, 8, 8, 8, 4, 6, 6, 6, 6, 6, 6, 6, 6),
                scored("majority", 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6)));

        GateVerdict plain = GateRule.beats("synthetic", "lora", "majority", 0.0).evaluate(mixed).get(0);
        GateVerdict significant = GateRule.beats("synthetic", "lora", "majority", 0.0, true).evaluate(mixed).get(0);

        assertThat(plain.passed()).isTrue();
        assertThat(significant.passed()).isFalse();
        assertThat(significant.check()).isEqualTo("beats majority by 0.000 significantly");
        assertThat(significant.message()).contains("W/T/L 3/8/1")
                .endsWith("; expected a positive mean difference, significantly: the whole paired interval above +0.000"
                        + " and a sign-flip p <= 0.050; 12 users, 4 not tied: no difference can be significant"
                        + " (a two-sided sign-flip test at 5% needs at least 6 users whose difference is not zero)");
    }

    @Test
    void significantWithAMarginTestsTheDifferencesMinusTheMargin() {
        // eight users gain 0.3 and four gain 0.1 (of ten examples): against +0.10 only the eight count
        RunResults clear = run(benchmark("synthetic", scored("lora", 10, 9, 9, 9, 9, 9, 9, 9, 9, 7, 7, 7, 7),
                scored("majority", 10, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6)));

        GateVerdict byTen = GateRule.beats("synthetic", "lora", "majority", 0.10, true).evaluate(clear).get(0);
        GateVerdict byTwenty = GateRule.beats("synthetic", "lora", "majority", 0.20, true).evaluate(clear).get(0);

        // minus 0.10: eight users at +0.20 and four ties, exact p = 2/256
        assertThat(byTen.passed()).isTrue();
        // minus 0.20: +0.10 x8 and -0.10 x4 (sum +0.4); twelve signs of equal size reach |sum| >= 0.4
        // with at most four or at least eight minus signs: 2 * (1 + 12 + 66 + 220 + 495) / 4096 = 0.388
        assertThat(byTwenty.comparison().meanDifference()).isGreaterThan(0.20);
        assertThat(byTwenty.passed()).isFalse();
        assertThat(byTwenty.message()).endsWith("sign-flip p <= 0.050 of the difference minus +0.200;"
                + " sign-flip p = 0.388 of the difference minus +0.200");
    }

    @Test
    void byZeroStillDemandsAPositiveMeanDifference() {
        RunResults equal = run(benchmark("synthetic", scored("lora", 10, 6, 7, 5), scored("majority", 10, 6, 7, 5)));

        GateVerdict verdict = GateRule.beats("synthetic", "lora", "majority", 0.0).evaluate(equal).get(0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).endsWith("W/T/L 0/3/0, p = 1.000, 3 users; expected a positive mean difference");
    }

    @Test
    void significantWithoutBeatsIsRejected() {
        GateRule rule = GateRule.minimum("*", "lora", 0.5);
        rule.setSignificant("true");

        assertThatThrownBy(() -> rule.evaluate(results)).hasMessageContaining("need <beats>");
    }

    @Test
    void aMisspelledSignificantFailsTheRuleInsteadOfMeaningFalse() {
        GateRule rule = GateRule.beats("*", "lora", "majority", 0.0);
        rule.setSignificant("ture");

        assertThatThrownBy(rule::validate).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<significant> of the rule for method lora is 'ture'; expected true or false");
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
    void onABenchmarkThatFailedToStartTheRuleIsNotEvaluatedWithTheFailureAndFailsNothingByItself() {
        RunResults failedRun = new RunResults(results.run(), List.of(), List.of(new NotRunBenchmark("tweeteval",
                Outcome.FAILED, "data.json: $.u1.train.s1.label: expected a non-empty array of labels")));

        assertThat(GateRule.minimum("tweet*", "lora", 0.5).evaluate(failedRun)).singleElement().satisfies(v -> {
            assertThat(v.evaluated()).isFalse();
            assertThat(v.passed()).isFalse();
            assertThat(v.failed()).isFalse();
            assertThat(v.benchmark()).isEqualTo("tweeteval");
            assertThat(v.describe()).isEqualTo("[tweeteval/lora] minimum 0.500: not evaluated: benchmark tweeteval"
                    + " failed: data.json: $.u1.train.s1.label: expected a non-empty array of labels");
        });
    }

    @Test
    void besideBenchmarksThatRanARuleIsEvaluatedOnThoseAndNotEvaluatedOnTheSkippedOne() {
        RunResults partly = new RunResults(results.run(), results.benchmarks(), List.of(
                new NotRunBenchmark("real-data", Outcome.SKIPPED, "requires configuration parameter peftu.data")));

        List<GateVerdict> verdicts = GateRule.minimum("*", "lora", 0.5).evaluate(partly);

        assertThat(verdicts).filteredOn(GateVerdict::evaluated).isNotEmpty();
        assertThat(verdicts).filteredOn(v -> !v.evaluated()).singleElement().extracting(GateVerdict::message)
                .isEqualTo("benchmark real-data skipped: requires configuration parameter peftu.data");
    }

    @Test
    void withNoBenchmarkAtAllTheRuleIsNotEvaluatedRatherThanMatchingNothing() {
        RunResults empty = new RunResults(results.run(), List.of(), List.of());

        assertThat(GateRule.minimum("tweeteval", "lora", 0.5).evaluate(empty)).singleElement()
                .satisfies(v -> assertThat(v.evaluated()).isFalse())
                .extracting(GateVerdict::message).isEqualTo("no benchmark produced results");
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
