package dev.peftu.maven.report;

import java.util.List;

/**
 * One method's row of a strip plot: every user's accuracy as a dot over a box plot (whiskers from
 * minimum to maximum, box from lower to upper quartile, a line at the median) and the mean with
 * its confidence interval. All coordinates are SVG user units, formatted.
 *
 * @param label the method's name
 * @param y the row's vertical centre
 * @param best whether the method has the benchmark's best mean accuracy
 * @param points one dot per user
 * @param minX the whisker's left end
 * @param q1X the box's left edge
 * @param medianX the median line
 * @param q3X the box's right edge
 * @param maxX the whisker's right end
 * @param meanX the mean marker
 * @param ciLowX the confidence interval's left end
 * @param ciHighX the confidence interval's right end
 * @param summary a tooltip with the five numbers
 */
public record PlotRow(String label, String y, boolean best, List<PlotPoint> points, String minX, String q1X,
        String medianX, String q3X, String maxX, String meanX, String ciLowX, String ciHighX, String summary) {

    /** Copies the points. */
    public PlotRow {
        points = List.copyOf(points);
    }
}
