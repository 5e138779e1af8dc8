package dev.peftu.maven.report;

/**
 * One user's value as a dot of a strip plot.
 *
 * @param x horizontal SVG coordinate
 * @param y vertical offset from the row's centre: a fixed per-user jitter that keeps equal scores apart
 * @param title the tooltip: user and numbers
 */
public record PlotPoint(String x, String y, String title) {

    /** A dot at {@code x}, jittered by at most {@code amplitude} units by a hash of the user's id. */
    static PlotPoint of(String user, double x, int amplitude, String title) {
        double jitter = Math.floorMod(Integer.rotateLeft(user.hashCode() * 0x9E3779B9, 13), 2 * amplitude + 1) - amplitude;
        return new PlotPoint(Format.coordinate(x), Format.coordinate(jitter), title);
    }
}
