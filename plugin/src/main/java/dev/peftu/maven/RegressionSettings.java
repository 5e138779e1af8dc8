package dev.peftu.maven;

import java.io.File;

/**
 * The {@code <regression>} configuration: which baseline to compare with and how much of a drop
 * in accuracy to tolerate.
 *
 * <pre>{@code
 * <regression><baseline>peftu-baseline.json</baseline><tolerance>0.01</tolerance></regression>
 * }</pre>
 */
public final class RegressionSettings {

    /** The default baseline file, at the project root. */
    public static final String DEFAULT_BASELINE = "peftu-baseline.json";

    private File baseline = new File(DEFAULT_BASELINE);
    private double tolerance = 0.01;

    /** The baseline results file, relative to the project directory unless absolute. */
    public File getBaseline() {
        return baseline;
    }

    /** Sets the baseline results file. */
    public void setBaseline(File baseline) {
        this.baseline = baseline;
    }

    /** The tolerated drop in mean per-user accuracy, a fraction (0.01 is one point). */
    public double getTolerance() {
        return tolerance;
    }

    /** Sets the tolerated drop. */
    public void setTolerance(double tolerance) {
        this.tolerance = tolerance;
    }
}
