package dev.peftu.maven.report;

/**
 * One user's accuracy as a dot of a strip plot.
 *
 * @param x horizontal SVG coordinate
 * @param y vertical offset from the row's centre: a fixed per-user jitter that keeps equal scores apart
 * @param title the tooltip: user, accuracy and test size
 */
public record PlotPoint(String x, String y, String title) {
}
