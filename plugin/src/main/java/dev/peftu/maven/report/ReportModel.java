package dev.peftu.maven.report;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.RunResults;
import dev.peftu.stats.Significance;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Everything the report's pages show, computed from a run's results and the build's verdicts.
 *
 * @param run the run's metadata
 * @param table the leaderboard table
 * @param pages one page per benchmark, in run order
 * @param notRun the benchmarks that were discovered but produced no results, with the reason
 * @param checks every gate, rule and regression outcome, spec gates first
 * @param failedChecks how many of {@code checks} were evaluated and failed
 * @param schema the results schema the report was rendered from
 */
public record ReportModel(RunView run, LeaderboardTable table, List<BenchmarkPage> pages, List<NotRunRow> notRun,
        List<CheckRow> checks, int failedChecks, String schema) {

    /** Copies the lists. */
    public ReportModel {
        pages = List.copyOf(pages);
        notRun = List.copyOf(notRun);
        checks = List.copyOf(checks);
    }

    /** Builds the model of a run; {@code verdicts} are the build's rule and regression outcomes. */
    public static ReportModel of(RunResults results, List<GateVerdict> verdicts) {
        Map<BenchmarkResult, String> files = pageFiles(results);
        List<CheckRow> checks = new ArrayList<>();
        for (BenchmarkResult benchmark : results.benchmarks()) {
            benchmark.gates().forEach(g -> checks.add(CheckRow.of(benchmark.name(), g)));
        }
        verdicts.forEach(v -> checks.add(CheckRow.of(v)));
        Map<BenchmarkResult, BaselineComparisons> comparisons = new IdentityHashMap<>();
        results.benchmarks().forEach(b -> comparisons.put(b, BaselineComparisons.of(b)));
        List<BenchmarkPage> pages = results.benchmarks().stream()
                .map(b -> BenchmarkPage.of(b, files.get(b), comparisons.get(b), DetectableDrop.of(b.name(), verdicts),
                        checks.stream().filter(c -> c.benchmark().equals(b.name())).toList()))
                .toList();
        int failed = (int) checks.stream().filter(CheckRow::failed).count();
        return new ReportModel(RunView.of(results.run()), LeaderboardTable.of(results, files::get, comparisons::get),
                pages, results.notRun().stream().map(NotRunRow::of).toList(), checks, failed, results.schema());
    }

    /** The header's badge: red when a check failed or a benchmark failed to start. */
    public StatusBadge badge() {
        return StatusBadge.of(checks, notRun.stream().filter(b -> !b.skipped()).count());
    }

    /**
     * The fewest users whose difference is not zero with which a difference can be significant
     * ({@link Significance#FEWEST_USERS}), for the pages' explanations.
     */
    public int fewestSignificantUsers() {
        return Significance.FEWEST_USERS;
    }

    private static Map<BenchmarkResult, String> pageFiles(RunResults results) {
        Map<BenchmarkResult, String> files = new LinkedHashMap<>();
        Set<String> taken = new HashSet<>();
        for (BenchmarkResult benchmark : results.benchmarks()) {
            String slug = benchmark.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-")
                    .replaceAll("^-|-$", "");
            String base = slug.isEmpty() ? "unnamed" : slug;
            String file = ReportRenderer.pageName(base);
            for (int n = 2; !taken.add(file); n++) {
                file = ReportRenderer.pageName(base + "-" + n);
            }
            files.put(benchmark, file);
        }
        return files;
    }
}
