package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;

/**
 * A small logistic regression from a few features (plus a bias) to a task's labels, fit by full-batch
 * gradient descent on the mean log-loss with an L2 penalty on the weights (not the biases).
 * Single-label tasks use one softmax over the labels (multinomial); multi-label tasks one sigmoid
 * per label (one-vs-rest). Weights start at zero and every step is deterministic, so no seed is
 * needed: the same data always gives the same model. {@code crowd-calibrated} fits it on crowd
 * label shares, {@code stack} on the per-label scores of the methods it combines.
 */
public final class LogisticCalibration {

    /** Gradient steps; the problems are tiny (a few features, hundreds of rows) and convex. */
    static final int ITERATIONS = 400;
    /** The step size; features are fractions in [0, 1]. */
    static final double STEP = 1.0;
    /** The L2 penalty on the weights, which keeps them finite when a user's labels are separable. */
    public static final double L2 = 0.01;

    private final boolean softmax;
    /** [label][feature], the last column is the bias. */
    private final double[][] weights;

    private LogisticCalibration(boolean softmax, double[][] weights) {
        this.softmax = softmax;
        this.weights = weights;
    }

    /**
     * Fits the model.
     *
     * @param features one row of features per example, each in [0, 1]
     * @param targets one row per example: 1 for each gold label, else 0 (one 1 per row when softmax)
     * @param softmax one softmax over the labels (single-label) instead of a sigmoid per label
     */
    static LogisticCalibration fit(double[][] features, double[][] targets, boolean softmax) {
        return fit(features, targets, softmax, L2, STEP);
    }

    /**
     * Fits the model with a given penalty, with a step size that keeps gradient descent stable for
     * any number of features in [0, 1]: the inverse of the largest squared length of a row (bias
     * included), or {@value #STEP} when that is larger, and proportionally more iterations.
     *
     * @param features one row of features per example, each in [0, 1]
     * @param targets one row per example: 1 for each gold label, else 0 (one 1 per row when softmax)
     * @param softmax one softmax over the labels (single-label) instead of a sigmoid per label
     * @param l2 the L2 penalty on the weights, at least 0
     * @return the model
     */
    public static LogisticCalibration fit(double[][] features, double[][] targets, boolean softmax, double l2) {
        double longest = 1;
        for (double[] row : features) {
            double length = 1;
            for (double value : row) {
                length += value * value;
            }
            longest = Math.max(longest, length);
        }
        return fit(features, targets, softmax, l2, Math.min(STEP, 1 / longest));
    }

    private static LogisticCalibration fit(double[][] features, double[][] targets, boolean softmax, double l2,
                                           double step) {
        if (features.length == 0 || features.length != targets.length) {
            throw new IllegalArgumentException("expected as many target rows as feature rows, at least one; got "
                    + features.length + " and " + targets.length);
        }
        int labels = targets[0].length;
        int inputs = features[0].length + 1;
        LogisticCalibration model = new LogisticCalibration(softmax, new double[labels][inputs]);
        double[][] gradient = new double[labels][inputs];
        // a smaller step takes proportionally more steps, so every fit travels as far
        int iterations = (int) Math.ceil(ITERATIONS * STEP / step);
        for (int iteration = 0; iteration < iterations; iteration++) {
            for (double[] row : gradient) {
                java.util.Arrays.fill(row, 0);
            }
            for (int n = 0; n < features.length; n++) {
                double[] p = model.probabilities(features[n]);
                for (int l = 0; l < labels; l++) {
                    double error = (p[l] - targets[n][l]) / features.length;
                    for (int i = 0; i < inputs - 1; i++) {
                        gradient[l][i] += error * features[n][i];
                    }
                    gradient[l][inputs - 1] += error;
                }
            }
            for (int l = 0; l < labels; l++) {
                for (int i = 0; i < inputs; i++) {
                    double penalty = i < inputs - 1 ? l2 * model.weights[l][i] : 0;
                    model.weights[l][i] -= step * (gradient[l][i] + penalty);
                }
            }
        }
        return model;
    }

    /**
     * Returns an example's targets: 1 for each of its gold labels, 0 for the task's other labels.
     *
     * @param task the task, whose label order the targets follow
     * @param example the example with its gold labels
     * @return one target per label of the task
     */
    public static double[] targets(TaskDefinition task, Example example) {
        double[] targets = new double[task.labels().size()];
        example.labels().forEach(label -> targets[task.labels().indexOf(label)] = 1);
        return targets;
    }

    /** Each label's probability for one row of features, in label order. */
    public double[] probabilities(double[] features) {
        double[] scores = new double[weights.length];
        for (int l = 0; l < weights.length; l++) {
            double score = weights[l][features.length];
            for (int i = 0; i < features.length; i++) {
                score += weights[l][i] * features[i];
            }
            scores[l] = score;
        }
        return softmax ? softmax(scores) : sigmoids(scores);
    }

    private static double[] softmax(double[] scores) {
        double max = java.util.Arrays.stream(scores).max().orElseThrow();
        double sum = 0;
        double[] p = new double[scores.length];
        for (int l = 0; l < scores.length; l++) {
            p[l] = Math.exp(scores[l] - max);
            sum += p[l];
        }
        for (int l = 0; l < p.length; l++) {
            p[l] /= sum;
        }
        return p;
    }

    private static double[] sigmoids(double[] scores) {
        double[] p = new double[scores.length];
        for (int l = 0; l < scores.length; l++) {
            p[l] = 1 / (1 + Math.exp(-scores[l]));
        }
        return p;
    }
}
