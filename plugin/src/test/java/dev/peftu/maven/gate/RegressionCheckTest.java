package dev.peftu.maven.gate;

import static dev.peftu.maven.Runs.benchmark;
import static dev.peftu.maven.Runs.run;
import static dev.peftu.maven.Runs.scored;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.maven.Runs;
import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.MethodResult;
import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
import dev.peftu.results.RunResults;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RegressionCheckTest {

    /** Twelve users with six test examples each, as in a small synthetic benchmark. */
    private static final int[] BASELINE_RIGHT = {4, 5, 3, 4, 5, 2, 4, 3, 5, 4, 3, 4};

    private final RegressionCheck check = new RegressionCheck(0.02);
    private final RunResults baseline = run(benchmark("synthetic", scored("lora", 6, BASELINE_RIGHT)));

    @Test
    void sixOfTwelveUsersEachLosingOneExampleIsARegressionAlthoughTheUnpairedIntervalsOverlap() {
        MethodResult degraded = scored("lora", 6, losingOneExample(6));
        MethodResult before = baseline.benchmarks().get(0).methods().get(0);
        assertThat(degraded.ciHigh()).as("the unpaired intervals overlap").isGreaterThan(before.ciLow());

        GateVerdict verdict = compareWith(degraded);

        // six losses and no win: exact sign-flip p = 2/64
        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).startsWith("dropped 0.083 > tolerance 0.020, significantly (the paired interval lies"
                + " below zero, sign-flip p = 0.031): now vs baseline -0.083 [").endsWith("], W/T/L 0/6/6, p = 0.031, 12 users");
        assertThat(verdict.comparison().ciHigh()).isNegative();
        assertThat(verdict.comparison().losses()).isEqualTo(6);
    }

    @Test
    void fiveLossesAndNoWinAreWithinNoiseThoughThePairedIntervalLiesBelowZero() {
        GateVerdict verdict = compareWith(scored("lora", 6, losingOneExample(5)));

        // five losses alone give p = 2/32 = 0.0625: no outcome of five users can be significant
        assertThat(verdict.comparison().ciHigh()).isNegative();
        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.message()).startsWith("within noise: dropped 0.069 > tolerance 0.020 but not significantly"
                + " (12 users, 5 not tied: no difference can be significant (a two-sided sign-flip test at 5% needs at"
                + " least 6 users whose difference is not zero)): now vs baseline -0.069 [")
                .endsWith("], W/T/L 0/7/5, p = 0.063, 12 users");
    }

    /** The baseline's scores with the first {@code users} users one right example short. */
    private static int[] losingOneExample(int users) {
        int[] now = BASELINE_RIGHT.clone();
        for (int user = 0; user < users; user++) {
            now[user]--;
        }
        return now;
    }

    @Test
    void anUnchangedRunPassesWithThePairedNumbers() {
        GateVerdict verdict = compareWith(scored("lora", 6, BASELINE_RIGHT));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.message())
                .isEqualTo("unchanged: now vs baseline +0.000 [+0.000, +0.000], W/T/L 0/12/0, p = 1.000, 12 users");
        assertThat(verdict.comparison()).isNotNull();
    }

    @Test
    void aDropBeyondToleranceWhosePairedIntervalIncludesZeroIsNoise() {
        int[] now = BASELINE_RIGHT.clone();
        now[0] -= 2;
        now[1] -= 2;
        now[2] -= 2;
        now[3]++;
        now[4]++;

        GateVerdict verdict = compareWith(scored("lora", 6, now));

        assertThat(verdict.passed()).isTrue();
        assertThat(verdict.message()).startsWith("within noise: dropped 0.056 > tolerance 0.020 but not significantly"
                + " (the paired interval includes zero): now vs baseline -0.056 [").contains("W/T/L 2/7/3");
        assertThat(verdict.comparison().ciLow()).isNegative();
        assertThat(verdict.comparison().ciHigh()).isPositive();
    }

    @Test
    void aDropWithinToleranceAndAGainPass() {
        int[] oneLoss = BASELINE_RIGHT.clone();
        oneLoss[0]--;
        int[] gains = BASELINE_RIGHT.clone();
        gains[0]++;
        gains[1]++;

        assertThat(compareWith(scored("lora", 6, oneLoss)).message())
                .startsWith("dropped 0.014 <= tolerance 0.020: now vs baseline -0.014 [");
        assertThat(compareWith(scored("lora", 6, gains)).message()).startsWith("gained 0.028: now vs baseline +0.028 [");
    }

    @Test
    void aMethodThatFailsNowRegresses() {
        GateVerdict verdict = compareWith(Runs.failed("lora", "diverged"));

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).isEqualTo("failed now but passed in the baseline: diverged");
    }

    @Test
    void refusesABenchmarkRunWithOtherEpochsNamingThem() {
        BenchmarkConfiguration oneEpoch = new BenchmarkConfiguration(42, 1, null, "all-MiniLM-L6-v2", 128, "sha256:ab");
        BenchmarkConfiguration twoEpochs = new BenchmarkConfiguration(42, 2, null, "all-MiniLM-L6-v2", 128, "sha256:ab");
        RunResults before = run(benchmark("synthetic", oneEpoch, scored("lora", 6, BASELINE_RIGHT)));
        RunResults now = run(benchmark("synthetic", twoEpochs, scored("lora", 6, BASELINE_RIGHT)));

        assertThat(check.evaluate(now, before)).singleElement().satisfies(verdict -> {
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.message()).isEqualTo("cannot compare with the baseline: the benchmark ran with another"
                    + " configuration (epochs: 2 vs 1, now vs baseline); if the change is intended, record a new"
                    + " baseline with mvn peftu:baseline");
        });
    }

    @Test
    void refusesAMethodRunWithOtherSettingsNamingTheKeys() {
        MethodResult before = Runs.withSettings(scored("lora", 6, BASELINE_RIGHT), Map.of("r", "8", "alpha", "32"));
        MethodResult now = Runs.withSettings(scored("lora", 6, BASELINE_RIGHT), Map.of("r", "4", "alpha", "32"));

        GateVerdict verdict = check.evaluate(run(benchmark("synthetic", now)), run(benchmark("synthetic", before))).get(0);

        assertThat(verdict.passed()).isFalse();
        assertThat(verdict.message()).startsWith("cannot compare with the baseline: the method's settings differ"
                + " (r: 4 vs 8, now vs baseline)");
    }

    @Test
    void comparesOnlyMethodsThatRanInBoth() {
        RunResults before = run(benchmark("synthetic", scored("lora", 6, BASELINE_RIGHT), scored("ia3", 6, BASELINE_RIGHT)));

        assertThat(check.evaluate(run(benchmark("synthetic", scored("lora", 6, BASELINE_RIGHT))), before))
                .extracting(GateVerdict::method).containsExactly("lora");
    }

    @Test
    void failsWhenNothingMatchesListingWhatEachRunHolds() {
        List<GateVerdict> otherBenchmark = check.evaluate(run(benchmark("tweeteval", scored("lora", 6, BASELINE_RIGHT))),
                baseline);
        List<GateVerdict> otherMethod = check.evaluate(run(benchmark("synthetic", scored("ia3", 6, BASELINE_RIGHT))),
                baseline);

        assertThat(otherBenchmark).singleElement().satisfies(verdict -> {
            assertThat(verdict.passed()).isFalse();
            assertThat(verdict.message()).startsWith("nothing to compare with the baseline: it holds synthetic [lora],"
                    + " this run holds tweeteval [lora]");
        });
        assertThat(otherMethod).singleElement().extracting(GateVerdict::message).asString()
                .startsWith("nothing to compare with the baseline: it holds synthetic [lora], this run holds synthetic [ia3]");
    }

    @Test
    void aBaselineBenchmarkThatFailedToStartNowIsNotEvaluatedWithTheFailure() {
        RunResults failedNow = new RunResults(baseline.run(), List.of(), List.of(
                new NotRunBenchmark("synthetic", Outcome.FAILED, "cannot read data/synthetic.json: line 3"),
                new NotRunBenchmark("not-in-baseline", Outcome.FAILED, "broken too")));

        assertThat(check.evaluate(failedNow, baseline)).singleElement().satisfies(verdict -> {
            assertThat(verdict.evaluated()).isFalse();
            assertThat(verdict.failed()).isFalse();
            assertThat(verdict.benchmark()).isEqualTo("synthetic");
            assertThat(verdict.message()).isEqualTo("benchmark synthetic failed: cannot read data/synthetic.json: line 3");
        });
    }

    @Test
    void rejectsAToleranceGivenInPercent() {
        assertThatThrownBy(() -> new RegressionCheck(5)).hasMessageContaining("must be a fraction in [0, 1]");
    }

    private GateVerdict compareWith(MethodResult current) {
        return check.evaluate(run(benchmark("synthetic", current)), baseline).get(0);
    }
}
