package dev.peftu.maven.report;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.stats.DetectableDifference;
import dev.peftu.stats.PairedComparison;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;

/**
 * The smallest accuracy drop a benchmark's regression gate can tell from noise: per method compared
 * with the baseline run, the minimum detectable effect of the paired test at the run's users and
 * test sizes ({@link DetectableDifference}: 2.80 sigma / sqrt(n), sigma at least the binomial floor
 * of the per-user test sizes, so an identical rerun still gets a positive figure). A drop smaller
 * than that is indistinguishable from noise, however strict the tolerance. The benchmark's figure
 * is the largest among its compared methods (the least sensitive one); it needs a regression
 * baseline to exist, and with too few users for any difference to be significant there is none.
 *
 * @param measured whether any regression check of the benchmark compared a method with the baseline
 * @param detectable whether a drop can be detected at all (enough users); false unless measured
 * @param points the largest detectable drop in percentage points, e.g. {@code 4.3}; empty unless detectable
 * @param method the method with that figure; empty unless detectable
 * @param methods how many methods were compared with the baseline
 * @param users how many users they were compared on; 0 unless measured
 */
public record DetectableDrop(boolean measured, boolean detectable, String points, String method, int methods,
                             int users) {

    /** The figure for {@code benchmark} from the build's verdicts. */
    static DetectableDrop of(String benchmark, List<GateVerdict> verdicts) {
        List<PairedComparison> comparisons = verdicts.stream()
                .filter(v -> v.benchmark().equals(benchmark) && CheckRow.isRegression(v))
                .map(GateVerdict::pairedComparison).flatMap(Optional::stream).toList();
        if (comparisons.isEmpty()) {
            return new DetectableDrop(false, false, "", "", 0, 0);
        }
        int users = comparisons.stream().mapToInt(c -> c.users().size()).min().orElseThrow();
        PairedComparison least = null;
        double largest = 0;
        for (PairedComparison comparison : comparisons) {
            OptionalDouble drop = DetectableDifference.of(comparison);
            if (drop.isEmpty()) {
                return new DetectableDrop(true, false, "", "", comparisons.size(), users);
            }
            if (least == null || drop.getAsDouble() > largest) {
                least = comparison;
                largest = drop.getAsDouble();
            }
        }
        return new DetectableDrop(true, true, Format.percent(largest), least.subject(), comparisons.size(), users);
    }

    /** One method's figure for the gates table: {@code detects drops over 4.3 points}, or why it detects none. */
    static String phrase(PairedComparison comparison) {
        OptionalDouble drop = DetectableDifference.of(comparison);
        return drop.isPresent() ? "detects drops over " + Format.percent(drop.getAsDouble()) + " points"
                : "detects no drop: " + comparison.users().size() + " users";
    }
}
