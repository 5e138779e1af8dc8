package dev.peftu.engine.contributed;

import dev.peftu.data.Example;
import dev.peftu.eval.BaselineProvider;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.results.ContenderKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A baseline that gives every example the same label, the task's label at {@code labelIndex}
 * (default 0): what a method author writes to put a new baseline on the board.
 */
public final class ConstantLabelBaseline implements BaselineProvider {

    /** The contender's name. */
    public static final String NAME = "constant-label";
    /** Setting: which of the task's labels to predict, a whole number >= 1 counted from 1. */
    public static final String LABEL_NUMBER = "labelNumber";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(LABEL_NUMBER, "1");
    }

    @Override
    public Contender create(MethodSettings settings) {
        int number = settings.positiveInteger(LABEL_NUMBER);
        return new Contender() {
            @Override
            public String name() {
                return NAME;
            }

            @Override
            public ContenderKind kind() {
                return ContenderKind.BASELINE;
            }

            @Override
            public Map<String, String> effectiveSettings() {
                return settings.asMap();
            }

            @Override
            public boolean usesBaseModel() {
                return false;
            }

            @Override
            public ContenderResult run(RunContext context, ProgressListener progress) {
                List<String> labels = context.dataset().task().labels();
                if (number > labels.size()) {
                    throw settings.invalid(LABEL_NUMBER, "at most the task's " + labels.size() + " labels");
                }
                Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
                context.runUsers().forEach(user -> predictions.put(user.userId(), user.test().stream()
                        .map(Example::id).map(id -> Prediction.of(id, labels.get(number - 1))).toList()));
                return new ContenderResult(predictions, 0);
            }
        };
    }
}
