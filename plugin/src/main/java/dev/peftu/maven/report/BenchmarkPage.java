package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.MethodResult;
import java.util.List;
import java.util.Locale;

/**
 * Everything one benchmark's page shows.
 *
 * @param name the benchmark's name
 * @param file the page's file name, e.g. {@code benchmark-tweeteval.html}
 * @param users users in the dataset
 * @param examples examples in the dataset
 * @param labels the task's labels, comma-separated
 * @param multiLabel whether examples may carry several labels
 * @param alpha Krippendorff's alpha with three decimals, or {@code n/a}
 * @param source the data's provenance line, or empty for generated data
 * @param methods one line per method, in run order
 * @param plot the per-user accuracy distributions
 * @param checks the gates, rules and regression checks of this benchmark
 */
public record BenchmarkPage(String name, String file, String users, String examples, String labels,
        boolean multiLabel, String alpha, String source, List<MethodRow> methods, StripPlot plot,
        List<CheckRow> checks) {

    /** Copies the lists. */
    public BenchmarkPage {
        methods = List.copyOf(methods);
        checks = List.copyOf(checks);
    }

    static BenchmarkPage of(BenchmarkResult benchmark, String file, List<CheckRow> checks) {
        DatasetSummary data = benchmark.dataset();
        double best = benchmark.methods().stream().filter(MethodResult::passed)
                .mapToDouble(MethodResult::accuracy).max().orElse(Double.NaN);
        return new BenchmarkPage(benchmark.name(), file, Format.count(data.users()), Format.count(data.examples()),
                String.join(", ", data.labels()), data.multiLabel(),
                data.agreement().map(a -> String.format(Locale.ROOT, "%.3f", a)).orElse("n/a"),
                data.provenance().orElse(""),
                benchmark.methods().stream().map(m -> MethodRow.of(m, best)).toList(),
                StripPlot.of(benchmark), checks);
    }
}
