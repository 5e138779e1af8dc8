package dev.peftu.baselines;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What the crowd said about each text in its training splits: every user's training labels,
 * indexed by text id and by identical text, and the labels of all training examples together.
 * Only training splits take part, so nothing a user is tested on leaks into a prediction.
 */
final class CrowdLabels {

    private record Vote(String userId, List<String> labels) {
    }

    private final TaskDefinition task;
    private final Map<String, List<Vote>> byId = new HashMap<>();
    private final Map<String, List<Vote>> byText = new HashMap<>();
    private final LabelTally global;

    /** Indexes the training splits of every user of the dataset. */
    CrowdLabels(PersonalizedDataset dataset) {
        this.task = dataset.task();
        this.global = new LabelTally(task);
        for (UserData user : dataset.users()) {
            for (Example example : user.train()) {
                global.add(example.labels(), 1);
                Vote vote = new Vote(user.userId(), example.labels());
                byId.computeIfAbsent(example.id(), k -> new ArrayList<>()).add(vote);
                byText.computeIfAbsent(example.text(), k -> new ArrayList<>()).add(vote);
            }
        }
    }

    /**
     * The labels the other users gave this example in their training splits, matched by text id
     * and, when no other user trained on that id, by identical text; empty when nobody else
     * trained on it.
     */
    LabelTally othersOn(UserData user, Example example) {
        LabelTally crowd = tally(user, byId.getOrDefault(example.id(), List.of()));
        return crowd.isEmpty() ? tally(user, byText.getOrDefault(example.text(), List.of())) : crowd;
    }

    /** Every user's training labels together. */
    LabelTally everyone() {
        return global;
    }

    private LabelTally tally(UserData user, List<Vote> votes) {
        LabelTally tally = new LabelTally(task);
        votes.stream().filter(v -> !v.userId().equals(user.userId())).forEach(v -> tally.add(v.labels(), 1));
        return tally;
    }
}
