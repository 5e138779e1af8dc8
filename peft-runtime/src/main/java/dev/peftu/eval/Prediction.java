package dev.peftu.eval;

import java.util.List;

/**
 * A prediction for one test example of one user.
 *
 * @param exampleId the example's id
 * @param label the top label; the prediction is right when the user's gold set contains it
 * @param labels the label set the predictor would assign (labels over its threshold); for
 *     single-label tasks this is {@code [label]}
 */
public record Prediction(String exampleId, String label, List<String> labels) {

    /** Copies the label set. */
    public Prediction {
        labels = List.copyOf(labels);
    }

    /** Creates a single-label prediction. */
    public static Prediction of(String exampleId, String label) {
        return new Prediction(exampleId, label, List.of(label));
    }
}
