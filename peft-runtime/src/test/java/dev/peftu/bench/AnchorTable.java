package dev.peftu.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Renders peftu's users per minute next to plain PyTorch's for the same cohort size, their
 * ratio, and per method the ratio of the best cohort size of each.
 */
final class AnchorTable {

    private static final List<String> HEADER = List.of("method", "cohort", "peftu users/min",
            "PyTorch users/min", "peftu / PyTorch");

    private AnchorTable() {
    }

    /**
     * Renders the table.
     *
     * @param measurements peftu's rows
     * @param torch plain PyTorch's users per minute per cohort size
     * @return the table, then one line per method comparing the best cohort sizes
     */
    static String render(List<ThroughputMeasurement> measurements, Map<Integer, Double> torch) {
        StringBuilder table = new StringBuilder();
        line(table, HEADER);
        line(table, HEADER.stream().map(cell -> "---").toList());
        for (ThroughputMeasurement m : measurements) {
            Double anchor = torch.get(m.cohortSize());
            List<String> cells = new ArrayList<>();
            cells.add(m.method());
            cells.add(Integer.toString(m.cohortSize()));
            cells.add(format("%.1f", m.usersPerMinute()));
            cells.add(anchor == null ? "n/a" : format("%.1f", anchor));
            cells.add(anchor == null ? "n/a" : format("%.2fx", m.usersPerMinute() / anchor));
            line(table, cells);
        }
        double bestTorch = torch.values().stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        measurements.stream().map(ThroughputMeasurement::method).distinct().forEach(method -> {
            double best = measurements.stream().filter(m -> m.method().equals(method))
                    .mapToDouble(ThroughputMeasurement::usersPerMinute).max().orElseThrow();
            table.append(format("%s best cohort: %.1f users/min vs PyTorch's best %.1f: %.2fx%n", method, best,
                    bestTorch, best / bestTorch));
        });
        return table.toString();
    }

    private static String format(String pattern, Object... values) {
        return String.format(Locale.ROOT, pattern, values);
    }

    private static void line(StringBuilder table, List<String> cells) {
        table.append("| ").append(String.join(" | ", cells)).append(" |\n");
    }
}
