package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Function;

/**
 * The run's leaderboard laid out like the PEFT-U paper's table: benchmarks (tasks) as rows,
 * methods as columns, mean per-user accuracy in percent with its 95% confidence interval, the
 * best method of each row marked, and a last row with each method's mean over benchmarks.
 *
 * @param columns method names, in the order they first ran
 * @param rows one row per benchmark, in run order
 * @param mean each method's mean accuracy over the benchmarks where it passed
 */
public record LeaderboardTable(List<String> columns, List<TableRow> rows, TableRow mean) {

    /** Copies the lists. */
    public LeaderboardTable {
        columns = List.copyOf(columns);
        rows = List.copyOf(rows);
    }

    /** Lays out a run; {@code pageOf} gives each benchmark's page file name. */
    static LeaderboardTable of(RunResults results, Function<BenchmarkResult, String> pageOf) {
        Set<String> names = new LinkedHashSet<>();
        results.benchmarks().forEach(b -> b.methods().forEach(m -> names.add(m.name())));
        List<String> columns = List.copyOf(names);
        List<TableRow> rows = new ArrayList<>();
        for (BenchmarkResult benchmark : results.benchmarks()) {
            double best = benchmark.methods().stream().filter(MethodResult::passed)
                    .mapToDouble(MethodResult::accuracy).max().orElse(Double.NaN);
            List<TableCell> cells = new ArrayList<>();
            for (String column : columns) {
                cells.add(cellOf(benchmark.method(column), best));
            }
            rows.add(new TableRow(benchmark.name(), pageOf.apply(benchmark), cells));
        }
        return new LeaderboardTable(columns, rows, meanRow(results, columns));
    }

    private static TableCell cellOf(Optional<MethodResult> method, double best) {
        if (method.isEmpty()) {
            return TableCell.missing();
        }
        MethodResult m = method.get();
        if (!m.passed()) {
            return TableCell.failed(m.error());
        }
        return TableCell.ok(Format.percent(m.accuracy()), Format.interval(m.ciLow(), m.ciHigh()),
                m.accuracy() >= best - Figures.EPSILON, Figures.withInterval(m));
    }

    private static TableRow meanRow(RunResults results, List<String> columns) {
        int benchmarks = results.benchmarks().size();
        List<OptionalDouble> means = new ArrayList<>();
        List<Integer> covered = new ArrayList<>();
        for (String column : columns) {
            List<Double> accuracies = results.benchmarks().stream().map(b -> b.method(column))
                    .flatMap(Optional::stream).filter(MethodResult::passed).map(MethodResult::accuracy).toList();
            means.add(accuracies.stream().mapToDouble(Double::doubleValue).average());
            covered.add(accuracies.size());
        }
        double best = means.stream().filter(OptionalDouble::isPresent).mapToDouble(OptionalDouble::getAsDouble)
                .max().orElse(Double.NaN);
        List<TableCell> cells = new ArrayList<>();
        for (int i = 0; i < columns.size(); i++) {
            OptionalDouble mean = means.get(i);
            if (mean.isEmpty()) {
                cells.add(TableCell.missing());
                continue;
            }
            String note = "mean over " + covered.get(i) + " of " + benchmarks + " benchmarks";
            String coverage = covered.get(i) < benchmarks ? covered.get(i) + " of " + benchmarks + " tasks" : "";
            cells.add(TableCell.ok(Format.percent(mean.getAsDouble()), coverage,
                    mean.getAsDouble() >= best - Figures.EPSILON, note));
        }
        return new TableRow("Mean", "", cells);
    }
}
