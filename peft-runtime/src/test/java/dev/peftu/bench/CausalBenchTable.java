package dev.peftu.bench;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Renders the causal-LM training benchmark's results: one Markdown table of peftu's cohort sizes,
 * anchor (a) (HF transformers + peft, one user at a time) and anchor (b) (plain PyTorch, per
 * cohort size), each with its median round's users per minute and tokens per second, its highest
 * RSS peak, and its users per minute over (a)'s, over (b)'s best cohort size's and over (b)'s at
 * the same cohort size; then a line per target, comparing peftu's best cohort size with each
 * anchor's best.
 */
final class CausalBenchTable {

    /** peftu's best cohort against (a): at least this many times its users per minute. */
    static final double TARGET_VS_HF = 2.0;
    /** peftu's best cohort against (b)'s best: at least this fraction of its users per minute. */
    static final double TARGET_VS_TORCH = 0.9;
    private static final List<String> HEADER = List.of("configuration", "users/min", "users/min per round",
            "tokens/s", "RSS peak MB", "vs (a)", "vs (b) best", "vs (b) same cohort");
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private CausalBenchTable() {
    }

    /**
     * Renders the table.
     *
     * @param peftu peftu's configurations, one per cohort size
     * @param hf anchor (a), if it ran
     * @param torch anchor (b), one per cohort size, empty if it did not run
     * @return the table, one line per row after the header and its rule, each ending in a newline
     */
    static String render(List<MeasuredRounds> peftu, Optional<MeasuredRounds> hf, List<MeasuredRounds> torch) {
        Optional<ThroughputMeasurement> a = hf.map(MeasuredRounds::median);
        Optional<ThroughputMeasurement> bestB = best(torch);
        StringBuilder table = new StringBuilder();
        line(table, HEADER);
        line(table, HEADER.stream().map(cell -> "---").toList());
        for (MeasuredRounds configuration : peftu) {
            row(table, "peftu LoRA, cohort " + configuration.median().cohortSize(), configuration, a, bestB,
                    sameCohort(torch, configuration.median().cohortSize()));
        }
        hf.ifPresent(c -> row(table, "(a) HF transformers + peft, one user at a time", c, a, bestB, Optional.empty()));
        for (MeasuredRounds configuration : torch) {
            row(table, "(b) plain PyTorch, cohort " + configuration.median().cohortSize(), configuration, a, bestB,
                    Optional.empty());
        }
        return table.toString();
    }

    /**
     * Says how peftu's best cohort size compares with each anchor's best, against the targets.
     *
     * @param peftu peftu's configurations
     * @param hf anchor (a), if it ran
     * @param torch anchor (b), one per cohort size, empty if it did not run
     * @return two lines, each ending in a newline; empty if peftu measured nothing
     */
    static String verdict(List<MeasuredRounds> peftu, Optional<MeasuredRounds> hf, List<MeasuredRounds> torch) {
        Optional<ThroughputMeasurement> best = best(peftu);
        if (best.isEmpty()) {
            return "";
        }
        ThroughputMeasurement ours = best.get();
        String head = format("peftu's best, cohort %d at %.1f users/min: ", ours.cohortSize(), ours.usersPerMinute());
        StringBuilder lines = new StringBuilder();
        lines.append(head).append(hf.map(MeasuredRounds::median)
                .map(a -> compare(ours, a, "(a) (HF + peft, one user at a time)", TARGET_VS_HF))
                .orElse("(a) did not run, so the target >= " + format("%.1fx", TARGET_VS_HF) + " (a) is unchecked"))
                .append('\n');
        lines.append(head).append(best(torch)
                .map(b -> compare(ours, b, format("(b)'s best (plain PyTorch, cohort %d)", b.cohortSize()),
                        TARGET_VS_TORCH))
                .orElse("(b) did not run, so the target >= " + format("%.1fx", TARGET_VS_TORCH) + " (b) is unchecked"))
                .append('\n');
        return lines.toString();
    }

    private static String compare(ThroughputMeasurement ours, ThroughputMeasurement anchor, String name,
                                  double target) {
        double ratio = ours.usersPerMinute() / anchor.usersPerMinute();
        return format("%.2fx %s at %.1f users/min; target >= %.1fx: %s", ratio, name, anchor.usersPerMinute(),
                target, ratio >= target ? "met" : "NOT met");
    }

    private static Optional<ThroughputMeasurement> best(List<MeasuredRounds> configurations) {
        return configurations.stream().map(MeasuredRounds::median)
                .max(Comparator.comparingDouble(ThroughputMeasurement::usersPerMinute));
    }

    private static Optional<ThroughputMeasurement> sameCohort(List<MeasuredRounds> torch, int cohortSize) {
        return torch.stream().map(MeasuredRounds::median).filter(m -> m.cohortSize() == cohortSize).findFirst();
    }

    private static void row(StringBuilder table, String name, MeasuredRounds configuration,
                            Optional<ThroughputMeasurement> a, Optional<ThroughputMeasurement> bestB,
                            Optional<ThroughputMeasurement> sameB) {
        ThroughputMeasurement m = configuration.median();
        List<String> cells = new ArrayList<>();
        cells.add(name);
        cells.add(format("%.1f", m.usersPerMinute()));
        cells.add(configuration.perRound());
        cells.add(format("%.0f", m.tokensPerSecond()));
        cells.add(m.rssPeakBytes() < 0 ? "n/a" : format("%.0f", m.rssPeakBytes() / MEGABYTE));
        cells.add(ratio(m, a));
        cells.add(ratio(m, bestB));
        cells.add(sameB.isEmpty() ? "" : ratio(m, sameB));
        line(table, cells);
    }

    private static String ratio(ThroughputMeasurement m, Optional<ThroughputMeasurement> anchor) {
        return anchor.map(x -> format("%.2fx", m.usersPerMinute() / x.usersPerMinute())).orElse("n/a");
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static void line(StringBuilder table, List<String> cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
