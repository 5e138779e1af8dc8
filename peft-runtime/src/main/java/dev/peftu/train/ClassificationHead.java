package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import dev.peftu.data.TaskDefinition;
import dev.peftu.eval.Prediction;
import dev.peftu.model.Scalars;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.HfPeftNames;
import dev.peftu.peft.Initializer;
import dev.peftu.peft.ParameterSpec;
import java.util.List;

/**
 * Every user's own linear classification head over the sentence embedding: its parameters,
 * its logits, its loss (cross-entropy for single-label tasks, mean binary cross-entropy over the
 * labels for multi-label ones) and the decoding of probabilities into a prediction.
 */
final class ClassificationHead {

    private final TaskDefinition task;
    private final double threshold;
    private final String weightKey;
    private final String biasKey;

    /**
     * Creates the head of a task.
     *
     * @param task the task, whose labels the head predicts
     * @param threshold probability from which a label joins a multi-label prediction
     * @param modelPrefix how the method's HF PEFT layout prefixes the head's keys
     */
    ClassificationHead(TaskDefinition task, double threshold, String modelPrefix) {
        this.task = task;
        this.threshold = threshold;
        this.weightKey = HfPeftNames.classifierWeight(modelPrefix);
        this.biasKey = HfPeftNames.classifierBias(modelPrefix);
    }

    /** Returns the head's parameters for one user, over embeddings of the given width. */
    List<ParameterSpec> parameters(int hidden) {
        int labels = task.labels().size();
        return List.of(
                new ParameterSpec(weightKey, new long[] {labels, hidden},
                        Initializer.kaimingUniform(hidden)),
                new ParameterSpec(biasKey, new long[] {labels}, Initializer.zeros()));
    }

    /**
     * Computes the rows' logits, {@code [rows, labels]}, each row through its group's head.
     *
     * @param parameters the pass's parameters
     * @param features sentence embeddings, {@code [rows, hidden]}
     * @return the logits
     */
    NDArray logits(BatchParameters parameters, NDArray features) {
        NDArray weight = parameters.perGroup(weightKey).transpose(0, 2, 1);
        NDArray bias = parameters.perGroup(biasKey).expandDims(1);
        long rows = features.getShape().get(0);
        return parameters.grouped(features).matMul(weight).add(bias).reshape(rows, task.labels().size());
    }

    /**
     * Computes each row's loss, {@code [rows]}.
     *
     * @param step the pass's manager
     * @param logits {@code [rows, labels]}
     * @param rows the rows, for their gold labels
     * @return the losses
     */
    NDArray rowLosses(NDManager step, NDArray logits, List<Row> rows) {
        int labels = task.labels().size();
        float[] targets = new float[rows.size() * labels];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(target(rows.get(r)), 0, targets, r * labels, labels);
        }
        NDArray target = step.create(targets, new Shape(rows.size(), labels));
        if (!task.multiLabel()) {
            return logits.logSoftmax(1).mul(target).sum(new int[] {1}).neg();
        }
        NDArray one = Scalars.of(step, 1f);
        NDArray stable = logits.abs().neg().exp().add(one).log();
        return Activation.relu(logits).sub(logits.mul(target)).add(stable).mean(new int[] {1});
    }

    /** Returns a row's target vector ({@link GoldLabels#target}). */
    float[] target(Row row) {
        return GoldLabels.target(task, row);
    }

    /** Turns logits into probabilities: softmax, or per-label sigmoid for multi-label tasks. */
    NDArray probabilities(NDArray logits) {
        return task.multiLabel() ? Activation.sigmoid(logits) : logits.softmax(1);
    }

    /**
     * Decodes one row's probabilities: the most probable label, and for multi-label tasks every
     * label at or above the threshold besides it.
     *
     * @param exampleId the example
     * @param probabilities all rows' probabilities, row-major
     * @param row which row
     * @return the prediction
     */
    Prediction decode(String exampleId, float[] probabilities, int row) {
        return Prediction.decodeRow(exampleId, task, probabilities, row, threshold);
    }
}
