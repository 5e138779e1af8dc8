package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Predicts what the other users said about the same text: the majority of the labels the other
 * users gave it in their training splits, matched by text id and, when no other user trained on
 * that id, by identical text. When nobody else trained on the text, falls back to the majority of
 * all users' training labels. The "non-personalized crowd" reference; ignores the base model.
 */
public final class OneSizeFitsAllBaseline extends UserByUserBaseline {

    /** The contender name. */
    public static final String NAME = "one-size-fits-all";

    /** Creates the baseline; it has no settings. */
    public OneSizeFitsAllBaseline() {
        this(Map.of());
    }

    /**
     * Creates the baseline, checking the settings.
     *
     * @param settings only the benchmark's {@code epochs}, which it ignores
     */
    public OneSizeFitsAllBaseline(Map<String, String> settings) {
        super(NAME, Map.of(), settings);
    }

    private record Vote(String userId, List<String> labels) {
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public boolean usesBaseModel() {
        return false;
    }

    @Override
    protected List<Prediction> predict(RunContext context, UserData user) {
        PersonalizedDataset dataset = context.dataset();
        TaskDefinition task = dataset.task();
        Map<String, List<Vote>> byId = new HashMap<>();
        Map<String, List<Vote>> byText = new HashMap<>();
        LabelTally global = new LabelTally(task);
        for (UserData other : dataset.users()) {
            for (Example example : other.train()) {
                global.add(example.labels(), 1);
                Vote vote = new Vote(other.userId(), example.labels());
                byId.computeIfAbsent(example.id(), k -> new ArrayList<>()).add(vote);
                byText.computeIfAbsent(example.text(), k -> new ArrayList<>()).add(vote);
            }
        }
        List<Prediction> predictions = new ArrayList<>();
        for (Example example : user.test()) {
            LabelTally crowd = othersTally(task, user, byId.getOrDefault(example.id(), List.of()));
            if (crowd.isEmpty()) {
                crowd = othersTally(task, user, byText.getOrDefault(example.text(), List.of()));
            }
            predictions.add((crowd.isEmpty() ? global : crowd).predict(example.id()));
        }
        return predictions;
    }

    private static LabelTally othersTally(TaskDefinition task, UserData user, List<Vote> votes) {
        LabelTally tally = new LabelTally(task);
        votes.stream().filter(v -> !v.userId().equals(user.userId())).forEach(v -> tally.add(v.labels(), 1));
        return tally;
    }
}
