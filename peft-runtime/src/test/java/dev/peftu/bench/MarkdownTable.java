package dev.peftu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Renders throughput measurements as a Markdown table, one row per configuration: the median
 * round's rates, every round's users per minute, and the highest memory peaks of any round.
 */
final class MarkdownTable {

    private static final List<String> HEADER = List.of("method", "cohort", "users", "steps", "tokens/s",
            "users/min", "users/min per round", "heap peak MB", "RSS peak MB");
    private static final double MEGABYTE = 1024.0 * 1024.0;

    private MarkdownTable() {
    }

    /**
     * Renders the table.
     *
     * @param configurations the rows, in order
     * @return the table, one line per row after the header and its rule, each ending in a newline
     */
    static String render(List<MeasuredRounds> configurations) {
        StringBuilder table = new StringBuilder();
        line(table, HEADER);
        line(table, HEADER.stream().map(cell -> "---").toList());
        for (MeasuredRounds configuration : configurations) {
            ThroughputMeasurement m = configuration.median();
            List<String> cells = new ArrayList<>();
            cells.add(m.method());
            cells.add(Integer.toString(m.cohortSize()));
            cells.add(Integer.toString(m.users()));
            cells.add(Integer.toString(m.steps()));
            cells.add(String.format(Locale.ROOT, "%.0f", m.tokensPerSecond()));
            cells.add(String.format(Locale.ROOT, "%.1f", m.usersPerMinute()));
            cells.add(configuration.perRound());
            cells.add(megabytes(m.heapPeakBytes()));
            cells.add(megabytes(m.rssPeakBytes()));
            line(table, cells);
        }
        return table.toString();
    }

    private static String megabytes(long bytes) {
        return bytes < 0 ? "n/a" : String.format(Locale.ROOT, "%.0f", bytes / MEGABYTE);
    }

    private static void line(StringBuilder table, List<String> cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
