package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.List;
import java.util.Map;

/**
 * Predicts, for every test example, the label the user chose most often in training (ties go
 * to the task's label order); for multi-label tasks the set also holds every label present in
 * at least half of the user's training examples. Ignores the text and the base model.
 */
public final class MajorityBaseline extends UserByUserBaseline {

    /** The contender name. */
    public static final String NAME = "majority";

    /** Creates the baseline; it has no settings. */
    public MajorityBaseline() {
        this(null);
    }

    private MajorityBaseline(MethodSettings settings) {
        super(NAME, Map.of(), settings);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new MajorityBaseline(settings);
    }

    @Override
    public boolean usesBaseModel() {
        return false;
    }

    /** Returns the user's training-label tally. */
    static LabelTally trainingTally(TaskDefinition task, UserData user) {
        LabelTally tally = new LabelTally(task);
        for (Example example : user.train()) {
            tally.add(example.labels(), 1);
        }
        return tally;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user, List<Example> examples) {
        LabelTally tally = trainingTally(context.dataset().task(), user);
        return examples.stream().map(e -> tally.predict(e.id())).toList();
    }
}
