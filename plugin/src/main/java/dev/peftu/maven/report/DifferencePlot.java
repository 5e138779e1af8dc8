package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.MethodResult;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.UserDifference;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Every method of a benchmark against the best baseline, user by user, as an inline SVG strip
 * plot: one dot per user at its accuracy difference (method minus baseline, same test examples),
 * a line at zero, and the mean difference with its 95% paired interval. The axis is symmetric
 * around zero and just wide enough for every dot and interval.
 *
 * @param width the SVG's width
 * @param height the SVG's height
 * @param plotLeft where the axis starts
 * @param plotRight where the axis ends
 * @param zeroX where the zero line is drawn
 * @param axisY where the axis line is drawn
 * @param reference the benchmark's best baseline, or empty when no baseline finished
 * @param ticks the axis ticks, labelled in percentage points
 * @param rows one row per method compared with a baseline, in run order
 */
public record DifferencePlot(int width, int height, int plotLeft, int plotRight, String zeroX, int axisY,
        String reference, List<StripPlot.Tick> ticks, List<Row> rows) {

    private static final int WIDTH = 760;
    private static final int LEFT = 190;
    private static final int RIGHT = 736;
    private static final int TOP = 14;
    private static final int ROW_HEIGHT = 40;
    private static final int AXIS_SPACE = 34;
    private static final int JITTER = 8;
    /** Half-ranges of the axis and their tick steps, as fractions: the first that holds every value is used. */
    private static final double[][] SCALES = {{0.1, 0.05}, {0.2, 0.1}, {0.3, 0.1}, {0.4, 0.2}, {0.6, 0.2}, {0.8, 0.4}, {1.0, 0.5}};

    /** Copies the lists. */
    public DifferencePlot {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    /**
     * One method's row.
     *
     * @param label the method's name
     * @param reference the baseline it is compared with (the best baseline other than itself)
     * @param y the row's vertical centre
     * @param points one dot per user
     * @param meanX the mean difference's marker
     * @param ciLowX the paired interval's left end
     * @param ciHighX the paired interval's right end
     * @param direction {@code up}, {@code down} or {@code even}, as in {@link Difference#direction()}
     * @param summary a tooltip with the numbers
     */
    public record Row(String label, String reference, String y, List<PlotPoint> points, String meanX, String ciLowX,
            String ciHighX, String direction, String summary) {

        /** Copies the points. */
        public Row {
            points = List.copyOf(points);
        }
    }

    /** Lays out the plot of one benchmark from its paired comparisons. */
    static DifferencePlot of(BenchmarkResult benchmark, BaselineComparisons comparisons) {
        List<PairedComparison> compared = benchmark.methods().stream().filter(MethodResult::passed)
                .map(comparisons::bestBaselineComparison).flatMap(Optional::stream).toList();
        double[] scale = scale(compared);
        List<Row> rows = new ArrayList<>();
        for (int i = 0; i < compared.size(); i++) {
            rows.add(row(compared.get(i), TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2.0, scale[0]));
        }
        List<StripPlot.Tick> ticks = new ArrayList<>();
        long steps = Math.round(2 * scale[0] / scale[1]);
        for (long step = 0; step <= steps; step++) {
            double value = -scale[0] + step * scale[1];
            ticks.add(new StripPlot.Tick(Format.coordinate(x(value, scale[0])), tickLabel(value)));
        }
        int axisY = TOP + ROW_HEIGHT * compared.size() + 4;
        return new DifferencePlot(WIDTH, axisY + AXIS_SPACE, LEFT, RIGHT, Format.coordinate(x(0, scale[0])), axisY,
                comparisons.bestBaseline().orElse(""), ticks, rows);
    }

    private static double[] scale(List<PairedComparison> compared) {
        double widest = 0;
        for (PairedComparison comparison : compared) {
            widest = Math.max(widest, Math.max(Math.abs(comparison.ciLow()), Math.abs(comparison.ciHigh())));
            for (UserDifference user : comparison.users()) {
                widest = Math.max(widest, Math.abs(user.difference()));
            }
        }
        for (double[] scale : SCALES) {
            if (widest <= scale[0]) {
                return scale;
            }
        }
        return SCALES[SCALES.length - 1];
    }

    private static Row row(PairedComparison comparison, double centre, double range) {
        List<PlotPoint> points = new ArrayList<>();
        for (UserDifference user : comparison.users()) {
            points.add(PlotPoint.of(user.user(), x(user.difference(), range), JITTER, user.user() + ": "
                    + Format.points(user.difference()) + " points over " + user.testSize() + " test examples"));
        }
        Difference numbers = Difference.of(comparison);
        return new Row(comparison.subject(), comparison.reference(), Format.coordinate(centre), points,
                Format.coordinate(x(comparison.meanDifference(), range)), Format.coordinate(x(comparison.ciLow(), range)),
                Format.coordinate(x(comparison.ciHigh(), range)), numbers.direction(), numbers.note());
    }

    private static String tickLabel(double value) {
        long points = Math.round(value * 100);
        return points == 0 ? "0" : (points < 0 ? "\u2212" : "+") + Math.abs(points);
    }

    private static double x(double difference, double range) {
        return LEFT + (difference + range) / (2 * range) * (RIGHT - LEFT);
    }
}
