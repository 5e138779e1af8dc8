package dev.peftu.eval;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.model.BaseModel;
import dev.peftu.store.ModuleStorage;
import java.util.Map;

/**
 * Everything a contender needs for one run on one dataset.
 *
 * @param dataset the users and their splits
 * @param baseModel the frozen base model shared by all contenders of the run
 * @param seed the seed every random choice derives from
 * @param settings per-contender settings (hyperparameter overrides such as {@code epochs})
 * @param moduleStorage where trained per-user modules are kept and whether stored ones may be
 *     reused, or {@code null} to keep none
 */
public record RunContext(PersonalizedDataset dataset, BaseModel baseModel, long seed,
                         Map<String, String> settings, ModuleStorage moduleStorage) {

    /** Copies the settings. */
    public RunContext {
        settings = Map.copyOf(settings);
    }
}
