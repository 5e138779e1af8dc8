package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.function.Function;

/**
 * The run's leaderboard: methods as rows, ranked, and per benchmark a column pair (mean per-user
 * accuracy in percent with its 95% confidence interval, the best of the benchmark marked; the
 * paired difference to the benchmark's best baseline), then each method's mean over benchmarks.
 *
 * <p>Methods are ranked by how many benchmarks they finished, then by their mean accuracy over
 * those: a mean over fewer (perhaps easier) benchmarks is not comparable with a mean over all, so a
 * method missing from or failing on a benchmark ranks after every method that finished them all.
 *
 * @param columns one per benchmark, in run order
 * @param rows one per method, best first
 * @param benchmarks how many benchmarks ran
 */
public record LeaderboardTable(List<Column> columns, List<Row> rows, int benchmarks) {

    /** Copies the lists. */
    public LeaderboardTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /**
     * A benchmark's columns.
     *
     * @param name the benchmark's name
     * @param link its page's file name
     * @param reference its best baseline, or empty when no baseline finished
     */
    public record Column(String name, String link, String reference) {
    }

    /**
     * A method's row.
     *
     * @param rank its place, from 1; empty when it finished no benchmark
     * @param method the method's name
     * @param kind {@code peft} or {@code baseline}
     * @param cells one per column, in column order
     * @param mean its mean accuracy over the benchmarks it finished
     * @param complete whether it finished every benchmark
     */
    public record Row(String rank, String method, String kind, List<Cell> cells, TableCell mean, boolean complete) {

        /** Copies the cells. */
        public Row {
            cells = List.copyOf(cells);
        }
    }

    /**
     * A method on one benchmark.
     *
     * @param accuracy its mean per-user accuracy
     * @param vsBestBaseline its paired difference to the benchmark's best baseline other than itself
     */
    public record Cell(TableCell accuracy, Difference vsBestBaseline) {
    }

    /** Lays out a run; {@code pageOf} gives each benchmark's page, {@code comparisons} its paired differences. */
    static LeaderboardTable of(RunResults results, Function<BenchmarkResult, String> pageOf,
                               Function<BenchmarkResult, BaselineComparisons> comparisons) {
        List<BenchmarkResult> benchmarks = results.benchmarks();
        List<Column> columns = benchmarks.stream()
                .map(b -> new Column(b.name(), pageOf.apply(b), comparisons.apply(b).bestBaseline().orElse("")))
                .toList();
        Map<String, MethodResult> firstRuns = new LinkedHashMap<>();
        benchmarks.forEach(b -> b.methods().forEach(m -> firstRuns.putIfAbsent(m.name(), m)));
        List<Standing> standings = firstRuns.values().stream().map(m -> Standing.of(m, benchmarks))
                .sorted(Comparator.comparingInt(Standing::finished).reversed()
                        .thenComparing(Comparator.comparingDouble(Standing::sortKey).reversed()))
                .toList();
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < standings.size(); i++) {
            Standing standing = standings.get(i);
            List<Cell> cells = benchmarks.stream().map(b -> new Cell(accuracyCell(b, standing.method()),
                    comparisons.apply(b).vsBestBaseline(standing.method()))).toList();
            rows.add(new Row(standing.finished() == 0 ? "" : String.valueOf(i + 1), standing.method(),
                    standing.kind(), cells,
                    standing.meanCell(i == 0, benchmarks.size()), standing.finished() == benchmarks.size()));
        }
        return new LeaderboardTable(columns, rows, benchmarks.size());
    }

    private static TableCell accuracyCell(BenchmarkResult benchmark, String name) {
        Optional<MethodResult> method = benchmark.method(name);
        if (method.isEmpty()) {
            return TableCell.missing();
        }
        MethodResult m = method.get();
        if (!m.passed()) {
            return TableCell.failed(m.error());
        }
        double best = benchmark.methods().stream().filter(MethodResult::passed)
                .mapToDouble(MethodResult::accuracy).max().orElse(Double.NaN);
        return TableCell.ok(Format.percent(m.accuracy()), Format.interval(m.ciLow(), m.ciHigh()),
                m.accuracy() >= best - Figures.EPSILON, Figures.withInterval(m));
    }

    /** A method's mean accuracy over the benchmarks it finished. */
    private record Standing(String method, String kind, int finished, OptionalDouble mean) {

        static Standing of(MethodResult first, List<BenchmarkResult> benchmarks) {
            List<Double> accuracies = benchmarks.stream().map(b -> b.method(first.name())).flatMap(Optional::stream)
                    .filter(MethodResult::passed).map(MethodResult::accuracy).toList();
            return new Standing(first.name(), first.kind().name().toLowerCase(Locale.ROOT), accuracies.size(),
                    accuracies.stream().mapToDouble(Double::doubleValue).average());
        }

        double sortKey() {
            return mean.orElse(-1);
        }

        TableCell meanCell(boolean first, int benchmarks) {
            if (mean.isEmpty()) {
                return TableCell.missing();
            }
            String coverage = finished < benchmarks ? finished + " of " + benchmarks : "";
            return TableCell.ok(Format.percent(mean.getAsDouble()), coverage, first,
                    "mean over " + finished + " of " + benchmarks + " benchmarks");
        }
    }
}
