package dev.peftu.eval;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.model.BaseModel;
import dev.peftu.store.ModuleStorage;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a contender needs for one run on one dataset.
 *
 * @param dataset the users and their splits
 * @param baseModel the frozen base model shared by all contenders of the run
 * @param seed the seed every random choice derives from
 * @param settings per-contender settings (hyperparameter overrides such as {@code epochs})
 * @param moduleStorage where trained per-user modules are kept and whether stored ones may be
 *     reused, or {@code null} to keep none
 * @param runUserIds the users to train (for per-user methods) and predict: all of the dataset's,
 *     or one shard's; the others' training data still serves what learns from everyone (the
 *     crowd, a shared module)
 */
public record RunContext(PersonalizedDataset dataset, BaseModel baseModel, long seed,
                         Map<String, String> settings, ModuleStorage moduleStorage, Set<String> runUserIds) {

    /** Copies the settings and users; checks that every user to run is in the dataset. */
    public RunContext {
        settings = Map.copyOf(settings);
        runUserIds = Set.copyOf(runUserIds);
        Set<String> known = new HashSet<>();
        dataset.users().forEach(user -> known.add(user.userId()));
        for (String user : runUserIds) {
            if (!known.contains(user)) {
                throw new IllegalArgumentException("user '" + user + "' to run is not in dataset " + dataset.task().name());
            }
        }
    }

    /** A context that runs every user of the dataset. */
    public RunContext(PersonalizedDataset dataset, BaseModel baseModel, long seed, Map<String, String> settings,
                      ModuleStorage moduleStorage) {
        this(dataset, baseModel, seed, settings, moduleStorage, allUsers(dataset));
    }

    /** The users to run, in dataset order. */
    public List<UserData> runUsers() {
        return dataset.users().stream().filter(user -> runUserIds.contains(user.userId())).toList();
    }

    private static Set<String> allUsers(PersonalizedDataset dataset) {
        Set<String> all = new HashSet<>();
        dataset.users().forEach(user -> all.add(user.userId()));
        return all;
    }
}
