package dev.peftu.maven.report;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.stats.PairedComparison;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The smallest accuracy drop a benchmark's regression gate can tell from noise: the half-width of
 * the 95% paired interval of a method now vs in the baseline run, at the per-user spread observed.
 * A drop smaller than that is indistinguishable from run-to-run variation, however strict the
 * tolerance. The benchmark's figure is the largest half-width among its compared methods (the
 * least sensitive one); it needs a regression baseline to exist.
 *
 * @param measured whether any regression check of the benchmark compared a method with the baseline
 * @param points the largest half-width in percentage points, e.g. {@code 4.3}; empty unless measured
 * @param method the method with that half-width; empty unless measured
 * @param methods how many methods were compared with the baseline
 */
public record DetectableDrop(boolean measured, String points, String method, int methods) {

    /** The figure for {@code benchmark} from the build's verdicts. */
    static DetectableDrop of(String benchmark, List<GateVerdict> verdicts) {
        List<PairedComparison> comparisons = verdicts.stream()
                .filter(v -> v.benchmark().equals(benchmark) && CheckRow.isRegression(v))
                .map(GateVerdict::pairedComparison).flatMap(Optional::stream).toList();
        return comparisons.stream().max(Comparator.comparingDouble(PairedComparison::halfWidth))
                .map(widest -> new DetectableDrop(true, Format.percent(widest.halfWidth()), widest.subject(),
                        comparisons.size()))
                .orElse(new DetectableDrop(false, "", "", 0));
    }
}
