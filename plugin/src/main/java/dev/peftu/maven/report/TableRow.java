package dev.peftu.maven.report;

import java.util.List;

/**
 * One row of the leaderboard table: a benchmark (or the mean over benchmarks) and one cell per
 * method column.
 *
 * @param label the benchmark's name, or {@code Mean}
 * @param link the benchmark's page, empty for the mean row
 * @param cells one cell per column of the table
 */
public record TableRow(String label, String link, List<TableCell> cells) {

    /** Copies the cells. */
    public TableRow {
        cells = List.copyOf(cells);
    }
}
