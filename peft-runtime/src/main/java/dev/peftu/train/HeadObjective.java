package dev.peftu.train;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import dev.peftu.data.Example;
import dev.peftu.eval.Prediction;
import dev.peftu.model.BaseModel;
import dev.peftu.model.BertEncoder;
import dev.peftu.model.EncodedBatch;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import dev.peftu.peft.ParameterSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The objective on an encoder: each user's {@link ClassificationHead} over the mean-pooled last
 * hidden state. When no module changes the encoder's output, the pooled states are the base
 * model's cached embeddings, computed once per text ({@link BaseModel#embed}).
 */
final class HeadObjective implements LabelObjective {

    private final BaseModel base;
    private final ClassificationHead head;
    private final boolean baseChanges;

    /**
     * Creates the objective.
     *
     * @param base the encoder
     * @param head the users' heads
     * @param baseChanges whether a module (the users' or the task module) changes the encoder's output
     */
    HeadObjective(BaseModel base, ClassificationHead head, boolean baseChanges) {
        this.base = base;
        this.head = head;
        this.baseChanges = baseChanges;
    }

    @Override
    public List<ParameterSpec> parameters() {
        return head.parameters(base.architecture().hiddenSize());
    }

    @Override
    public Map<String, HostTensor> startsFrom(TaskModule taskModule) {
        Map<String, HostTensor> starts = new HashMap<>();
        parameters().forEach(spec -> starts.put(spec.key(), taskModule.weights().get(spec.key())));
        return starts;
    }

    @Override
    public NDArray losses(NDManager step, GroupParameters parameters, List<Row> rows,
                          Function<GroupParameters, Injection> injection) {
        return head.rowLosses(step, logits(step, parameters, rows, injection), rows);
    }

    @Override
    public NDArray probabilities(NDManager step, GroupParameters parameters, List<Row> rows,
                                 Function<GroupParameters, Injection> injection) {
        return head.probabilities(logits(step, parameters, rows, injection));
    }

    @Override
    public int sequencesPerPredictedRow() {
        return 1;
    }

    @Override
    public Prediction decode(String exampleId, float[] probabilities, int row) {
        return head.decode(exampleId, probabilities, row);
    }

    @Override
    public void prepare(List<Example> examples) {
        if (!baseChanges) {
            base.embed(examples.stream().map(Example::text).distinct().toList());
        }
    }

    @Override
    public void describe(Map<String, Object> config) {
        // the head's keys are the method's SEQ_CLS layout already
    }

    private NDArray logits(NDManager step, GroupParameters parameters, List<Row> rows,
                           Function<GroupParameters, Injection> injection) {
        return head.logits(parameters, features(step, parameters, rows, injection));
    }

    /** Computes the rows' sentence embeddings, {@code [rows, hidden]}, through the method's injection. */
    private NDArray features(NDManager step, GroupParameters parameters, List<Row> rows,
                             Function<GroupParameters, Injection> injection) {
        if (baseChanges) {
            List<long[]> ids = rows.stream().map(r -> base.tokenIds(r.example().text())).toList();
            EncodedBatch batch = EncodedBatch.pad(step, ids);
            NDArray hidden = base.hiddenStates(step, batch, injection.apply(parameters));
            return BertEncoder.meanPool(hidden, batch.attentionMask());
        }
        float[][] embeddings = base.embed(rows.stream().map(r -> r.example().text()).toList());
        int hidden = base.architecture().hiddenSize();
        float[] flat = new float[rows.size() * hidden];
        for (int r = 0; r < rows.size(); r++) {
            System.arraycopy(embeddings[r], 0, flat, r * hidden, hidden);
        }
        return step.create(flat, new Shape(rows.size(), hidden));
    }
}
