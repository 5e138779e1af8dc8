package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.MethodResult;
import java.util.ArrayList;
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
 * @param alpha Krippendorff's alpha with three decimals, or {@code undefined} (one user, or no text labelled by two)
 * @param source the data's provenance line, or empty for generated data
 * @param dropped what the dataset's {@code invalidRows = DROP} left out, one line per reason such as
 *     {@code 2 rows: empty or missing label}; empty when nothing was dropped
 * @param configuration the seed, epochs, users limit, base model, max length and dataset fingerprint
 * @param methods one line per method, in run order
 * @param bestBaseline the most accurate baseline, or empty when no baseline finished
 * @param paired each method's paired differences to the majority and the best baseline, in run order
 * @param plot the per-user accuracy distributions
 * @param differencePlot the per-user differences of each method to the best baseline
 * @param detectableDrop the smallest drop the regression gate can tell from noise
 * @param checks the gates, rules and regression checks of this benchmark
 */
public record BenchmarkPage(String name, String file, String users, String examples, String labels,
        boolean multiLabel, String alpha, String source, List<String> dropped, ConfigurationView configuration,
        List<MethodRow> methods,
        String bestBaseline, List<PairedRow> paired, StripPlot plot, DifferencePlot differencePlot,
        DetectableDrop detectableDrop, List<CheckRow> checks) {

    /** Copies the lists. */
    public BenchmarkPage {
        dropped = List.copyOf(dropped);
        methods = List.copyOf(methods);
        paired = List.copyOf(paired);
        checks = List.copyOf(checks);
    }

    /** The header's badge, from this benchmark's checks. */
    public StatusBadge badge() {
        return StatusBadge.of(checks, 0);
    }

    static BenchmarkPage of(BenchmarkResult benchmark, String file, BaselineComparisons comparisons,
                            DetectableDrop detectableDrop, List<CheckRow> checks) {
        DatasetSummary data = benchmark.dataset();
        double best = benchmark.methods().stream().filter(MethodResult::passed)
                .mapToDouble(MethodResult::accuracy).max().orElse(Double.NaN);
        return new BenchmarkPage(benchmark.name(), file, Format.count(data.users()), Format.count(data.examples()),
                String.join(", ", data.labels()), data.multiLabel(),
                data.agreement().map(a -> String.format(Locale.ROOT, "%.3f", a)).orElse("undefined"),
                data.provenance().orElse(""), dropped(data), ConfigurationView.of(benchmark.configuration()),
                benchmark.methods().stream().map(m -> MethodRow.of(m, best)).toList(),
                comparisons.bestBaseline().orElse(""),
                benchmark.methods().stream().map(m -> PairedRow.of(m, comparisons)).toList(),
                StripPlot.of(benchmark), DifferencePlot.of(benchmark, comparisons), detectableDrop, checks);
    }

    private static List<String> dropped(DatasetSummary data) {
        List<String> lines = new ArrayList<>();
        data.droppedRows().forEach((reason, count) -> lines.add(Format.count(count) + (count == 1 ? " row: " : " rows: ")
                + reason));
        data.droppedUsers().forEach((reason, count) -> lines.add(Format.count(count) + (count == 1 ? " user: " : " users: ")
                + reason));
        return lines;
    }
}
