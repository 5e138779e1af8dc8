package dev.peftu.engine.execution;

import dev.peftu.eval.ProgressListener;
import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.util.Locale;

/**
 * Writes progress lines that show in the Maven log, one per method at a time:
 * {@code [peftu] tweeteval / lora: epoch 1/3 12/20 (60%) elapsed 0:41 eta 0:27}. The estimate
 * extrapolates linearly the time spent on the current count (the same total, counting up). Lines of one method are at least
 * an interval apart, except the first line of each phase and the last.
 */
public final class ProgressLog {

    private final PrintStream out;
    private final Clock clock;
    private final Duration interval;
    private final boolean enabled;

    /**
     * Creates a progress log.
     *
     * @param out where lines go
     * @param clock the clock elapsed times come from
     * @param interval the least time between two lines of one method
     * @param enabled whether lines are written at all
     */
    public ProgressLog(PrintStream out, Clock clock, Duration interval, boolean enabled) {
        this.out = out;
        this.clock = clock;
        this.interval = interval;
        this.enabled = enabled;
    }

    /** Writes a line that is not about one method's progress, such as a benchmark starting. */
    public void announce(String message) {
        if (enabled) {
            out.println("[peftu] " + message);
        }
    }

    /**
     * Returns the listener for one method's run.
     *
     * @param benchmark the benchmark (task) name
     * @param method the method label
     */
    public ProgressListener forMethod(String benchmark, String method) {
        if (!enabled) {
            return ProgressListener.NONE;
        }
        return new MethodProgress(benchmark + " / " + method);
    }

    /** Formats a duration as {@code m:ss}, or {@code h:mm:ss} from an hour on. */
    static String clockTime(Duration duration) {
        long seconds = Math.max(0, duration.toSeconds());
        if (seconds >= 3600) {
            return String.format(Locale.ROOT, "%d:%02d:%02d", seconds / 3600, seconds / 60 % 60, seconds % 60);
        }
        return String.format(Locale.ROOT, "%d:%02d", seconds / 60, seconds % 60);
    }

    private final class MethodProgress implements ProgressListener {

        private final String prefix;
        private final long started = clock.millis();
        private String phase;
        private long lastLine = Long.MIN_VALUE;
        private long lastReport = started;
        private int lastDone;
        private int spanTotal = -1;
        private long spanStarted = started;

        MethodProgress(String prefix) {
            this.prefix = prefix;
        }

        @Override
        public synchronized void progress(String currentPhase, int done, int total) {
            long now = clock.millis();
            boolean newPhase = !currentPhase.equals(phase);
            phase = currentPhase;
            if (total != spanTotal || done < lastDone) {
                // a new count (say the next epoch's steps) starts where the previous report ended;
                // phases that continue one count (users of cohort after cohort) share its estimate
                spanTotal = total;
                spanStarted = lastReport;
            }
            lastDone = done;
            lastReport = now;
            boolean finished = done >= total;
            if (!newPhase && !finished && now - lastLine < interval.toMillis()) {
                return;
            }
            lastLine = now;
            out.println("[peftu] " + prefix + ": " + currentPhase + " " + done + "/" + total
                    + String.format(Locale.ROOT, " (%d%%)", total <= 0 ? 100 : 100L * done / total)
                    + " elapsed " + clockTime(Duration.ofMillis(now - started))
                    + eta(now, done, total));
        }

        private String eta(long now, int done, int total) {
            if (done <= 0 || done >= total) {
                return "";
            }
            long spanMillis = now - spanStarted;
            return " eta " + clockTime(Duration.ofMillis(spanMillis * (total - done) / done));
        }
    }
}
