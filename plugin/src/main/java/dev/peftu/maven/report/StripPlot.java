package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.UserResult;
import java.util.ArrayList;
import java.util.List;

/**
 * The per-user accuracy distribution of every passed method of a benchmark, as an inline SVG
 * strip plot over box plots on a shared 0–100% axis.
 *
 * @param width the SVG's width
 * @param height the SVG's height
 * @param plotLeft where the axis starts
 * @param plotRight where the axis ends
 * @param axisY where the axis line is drawn
 * @param ticks the axis ticks (every 20%)
 * @param rows one row per passed method, in run order
 */
public record StripPlot(int width, int height, int plotLeft, int plotRight, int axisY, List<Tick> ticks,
        List<PlotRow> rows) {

    private static final int WIDTH = 760;
    private static final int LEFT = 150;
    private static final int RIGHT = 736;
    private static final int TOP = 14;
    private static final int ROW_HEIGHT = 44;
    private static final int AXIS_SPACE = 34;
    private static final int JITTER = 9;

    /** Copies the lists. */
    public StripPlot {
        ticks = List.copyOf(ticks);
        rows = List.copyOf(rows);
    }

    /**
     * An axis tick.
     *
     * @param x horizontal SVG coordinate
     * @param label the percentage shown
     */
    public record Tick(String x, String label) {
    }

    /** Lays out the plot of one benchmark. */
    static StripPlot of(BenchmarkResult benchmark) {
        List<MethodResult> methods = benchmark.methods().stream()
                .filter(m -> m.passed() && !m.users().isEmpty()).toList();
        double best = methods.stream().mapToDouble(MethodResult::accuracy).max().orElse(Double.NaN);
        List<PlotRow> rows = new ArrayList<>();
        for (int i = 0; i < methods.size(); i++) {
            rows.add(row(methods.get(i), TOP + ROW_HEIGHT * i + ROW_HEIGHT / 2.0,
                    methods.get(i).accuracy() >= best - Figures.EPSILON));
        }
        int axisY = TOP + ROW_HEIGHT * methods.size() + 4;
        List<Tick> ticks = new ArrayList<>();
        for (int percent = 0; percent <= 100; percent += 20) {
            ticks.add(new Tick(Format.coordinate(x(percent / 100.0)), percent + "%"));
        }
        return new StripPlot(WIDTH, axisY + AXIS_SPACE, LEFT, RIGHT, axisY, ticks, rows);
    }

    private static PlotRow row(MethodResult method, double centre, boolean best) {
        double[] accuracies = method.users().stream().mapToDouble(UserResult::accuracy).toArray();
        Quartiles q = Quartiles.of(accuracies);
        List<PlotPoint> points = new ArrayList<>();
        for (UserResult user : method.users()) {
            points.add(PlotPoint.of(user.user(), x(user.accuracy()), JITTER,
                    user.user() + ": " + Format.percent(user.accuracy()) + "% of " + user.testSize() + " test examples"));
        }
        String summary = method.name() + ": min " + Format.percent(q.min()) + ", Q1 " + Format.percent(q.q1())
                + ", median " + Format.percent(q.median()) + ", Q3 " + Format.percent(q.q3()) + ", max "
                + Format.percent(q.max()) + "; mean " + Format.percent(method.accuracy()) + " (95% CI "
                + Format.interval(method.ciLow(), method.ciHigh()) + "), " + accuracies.length + " users";
        return new PlotRow(method.name(), Format.coordinate(centre), best, points,
                Format.coordinate(x(q.min())), Format.coordinate(x(q.q1())), Format.coordinate(x(q.median())),
                Format.coordinate(x(q.q3())), Format.coordinate(x(q.max())), Format.coordinate(x(method.accuracy())),
                Format.coordinate(x(method.ciLow())), Format.coordinate(x(method.ciHigh())), summary);
    }

    private static double x(double fraction) {
        return LEFT + fraction * (RIGHT - LEFT);
    }
}
