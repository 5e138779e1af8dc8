package dev.peftu.train;

import dev.peftu.data.TaskDefinition;
import java.util.List;

/** The gold labels of a training row as the objectives read them: checked against the task, as a target vector. */
final class GoldLabels {

    private GoldLabels() {
    }

    /**
     * Returns a row's target vector: 1 for each gold label (only the first one of a single-label
     * task), 0 elsewhere.
     *
     * @param task the task
     * @param row the row
     * @return the targets, one per label
     * @throws IllegalArgumentException if the row has no label or one the task does not know
     */
    static float[] target(TaskDefinition task, Row row) {
        if (row.example().labels().isEmpty()) {
            throw new IllegalArgumentException("user '" + row.userId() + "', example '" + row.example().id()
                    + "' has no label");
        }
        float[] target = new float[task.labels().size()];
        List<String> gold = task.multiLabel() ? row.example().labels() : row.example().labels().subList(0, 1);
        for (String label : gold) {
            int index = task.labels().indexOf(label);
            if (index < 0) {
                throw new IllegalArgumentException("user '" + row.userId() + "', example '" + row.example().id()
                        + "': label '" + label + "' is not one of the task's labels " + task.labels());
            }
            target[index] = 1f;
        }
        return target;
    }
}
