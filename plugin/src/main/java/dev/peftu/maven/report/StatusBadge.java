package dev.peftu.maven.report;

import java.util.ArrayList;
import java.util.List;

/**
 * The badge in a page's header that says at a glance how the run went: red when a check failed or
 * a benchmark failed to start, grey when checks could not be evaluated (their benchmarks were
 * skipped), green when every check passed; no badge when nothing was checked and nothing failed.
 *
 * @param kind the badge's style, {@code fail}, {@code skip} or {@code pass}; empty for no badge
 * @param text what it says, e.g. {@code 1 benchmark failed · 2 checks not evaluated}
 */
public record StatusBadge(String kind, String text) {

    /**
     * The badge of a page's checks and of the benchmarks on it that failed to start.
     *
     * @param failedBenchmarks how many benchmarks of the page failed to start
     */
    static StatusBadge of(List<CheckRow> checks, long failedBenchmarks) {
        long failed = checks.stream().filter(CheckRow::failed).count();
        long notEvaluated = checks.stream().filter(c -> !c.evaluated()).count();
        List<String> parts = new ArrayList<>();
        if (failed > 0) {
            parts.add(counted(failed, "check") + " failed");
        }
        if (failedBenchmarks > 0) {
            parts.add(counted(failedBenchmarks, "benchmark") + " failed");
        }
        if (notEvaluated > 0) {
            parts.add(counted(notEvaluated, "check") + " not evaluated");
        }
        if (failed > 0 || failedBenchmarks > 0) {
            return new StatusBadge("fail", String.join(" · ", parts));
        }
        if (notEvaluated > 0) {
            return new StatusBadge("skip", String.join(" · ", parts));
        }
        return checks.isEmpty() ? new StatusBadge("", "") : new StatusBadge("pass", "all checks passed");
    }

    private static String counted(long count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
