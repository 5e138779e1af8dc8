package dev.peftu.stats;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DetectableDifferenceTest {

    private static PairedComparison rerun(double... accuracies) {
        MethodResult method = SampleResults.method("head", ContenderKind.PEFT, 0, accuracies);
        return new PairedStatistics(42).compare(method, method);
    }

    private static double[] repeated(double accuracy, int users) {
        double[] accuracies = new double[users];
        Arrays.fill(accuracies, accuracy);
        return accuracies;
    }

    @Test
    void anIdenticalRerunStillGetsTheBinomialFloor() {
        // 8 users at 0.78 of 100 test examples: q = 79/102, floor q(1-q)/100, MDE = 2.80 * sqrt(floor / 8)
        double q = 79.0 / 102;
        double expected = (DetectableDifference.Z_LEVEL + DetectableDifference.Z_POWER) * Math.sqrt(q * (1 - q) / 100 / 8);

        double drop = DetectableDifference.of(rerun(repeated(0.78, 8))).orElseThrow();

        assertThat(drop).isPositive().isCloseTo(expected, within(1e-12)).isCloseTo(0.0413, within(1e-4));
    }

    @Test
    void moreUsersDetectASmallerDrop() {
        double eight = DetectableDifference.of(rerun(repeated(0.78, 8))).orElseThrow();
        double thirtyTwo = DetectableDifference.of(rerun(repeated(0.78, 32))).orElseThrow();

        assertThat(thirtyTwo).isCloseTo(eight / 2, within(1e-12));
    }

    @Test
    void moreTestExamplesPerUserDetectASmallerDrop() {
        PairedComparison twenty = comparisonOf(20);
        PairedComparison eighty = comparisonOf(80);

        assertThat(DetectableDifference.of(eighty).orElseThrow())
                .isLessThan(DetectableDifference.of(twenty).orElseThrow());
    }

    private static PairedComparison comparisonOf(int testSize) {
        List<UserResult> users = new ArrayList<>();
        for (int u = 1; u <= 8; u++) {
            users.add(SampleResults.user("u" + u, testSize * 3 / 4, testSize));
        }
        MethodResult method = new MethodResult("head", "head", Map.of(), ContenderKind.PEFT, Outcome.PASSED, null, 1, 0.75,
                0.7, 0.8, 0.7, 1.0, users);
        return new PairedStatistics(42).compare(method, method);
    }

    @Test
    void anObservedSpreadAboveTheFloorWidensIt() {
        MethodResult before = SampleResults.method("head", ContenderKind.PEFT, 0, repeated(0.78, 8));
        MethodResult after = SampleResults.method("head", ContenderKind.PEFT, 0,
                0.98, 0.58, 0.98, 0.58, 0.98, 0.58, 0.98, 0.58);
        PairedComparison comparison = new PairedStatistics(42).compare(after, before);

        // differences +-0.20, mean 0: sample variance 8 * 0.04 / 7
        assertThat(DetectableDifference.of(comparison).orElseThrow()).isCloseTo(
                (DetectableDifference.Z_LEVEL + DetectableDifference.Z_POWER) * Math.sqrt(8 * 0.04 / 7 / 8), within(1e-12));
    }

    @Test
    void withTooFewUsersForSignificanceNoDropCanBeDetected() {
        assertThat(DetectableDifference.of(rerun(repeated(0.78, 5)))).isEmpty();
        assertThat(DetectableDifference.of(rerun(repeated(0.78, 6)))).isPresent();
    }
}
