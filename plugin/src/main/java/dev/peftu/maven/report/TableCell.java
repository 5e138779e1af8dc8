package dev.peftu.maven.report;

/**
 * One cell of the leaderboard table: a method's mean per-user accuracy on one benchmark.
 *
 * @param state {@code ok}, {@code failed} or {@code missing} (the method did not run there)
 * @param percent the accuracy in percent, e.g. {@code 65.0}; empty unless {@code ok}
 * @param interval the 95% confidence interval in percent, e.g. {@code 61.2–68.9}; may be empty
 * @param best whether no other method of the row is more accurate
 * @param note a tooltip: the error of a failed method, or how many benchmarks a mean covers
 */
public record TableCell(String state, String percent, String interval, boolean best, String note) {

    static TableCell ok(String percent, String interval, boolean best, String note) {
        return new TableCell("ok", percent, interval, best, note);
    }

    static TableCell failed(String error) {
        return new TableCell("failed", "", "", false, error);
    }

    static TableCell missing() {
        return new TableCell("missing", "", "", false, "");
    }
}
