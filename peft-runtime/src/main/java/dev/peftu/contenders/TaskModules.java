package dev.peftu.contenders;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.ProgressListener;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.PeftMethod;
import dev.peftu.store.ModuleStorage;
import dev.peftu.train.SharedModuleTraining;
import dev.peftu.train.TaskModule;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * OPPU's first stage: the task module trained once on every user's data
 * ({@link SharedModuleTraining}, as the non-personalized baseline trains its shared module), then
 * found again by its fingerprint: in this JVM's recent task modules, so that several labels using
 * the same task module train it once, or in the label's module store.
 */
final class TaskModules {

    /** Task modules kept in memory at most; each is one small module. */
    private static final int KEPT = 4;
    private static final Map<String, Map<String, HostTensor>> RECENT = new LinkedHashMap<>(16, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Map<String, HostTensor>> eldest) {
            return size() > KEPT;
        }
    };

    private TaskModules() {
    }

    /**
     * Returns the task module of a fingerprint: kept, stored or trained now, and stored in the
     * label's directory when the run has a store.
     *
     * @param base the frozen base model
     * @param method the task module's method
     * @param settings its settings (batch size of one cohort step)
     * @param dataset every user, whose training and validation splits it learns from
     * @param seed the run's seed
     * @param fingerprint everything that determines the module
     * @param storage the label's store, or {@code null}
     * @param progress receives training progress
     * @return the module
     * @throws IOException when the store cannot be read or written
     */
    static TaskModule obtain(BaseModel base, PeftMethod<?> method, Map<String, String> settings,
                             PersonalizedDataset dataset, long seed, String fingerprint, ModuleStorage storage,
                             ProgressListener progress) throws IOException {
        SharedModuleTraining training = new SharedModuleTraining(base, method, settings, dataset, seed);
        MethodSettings effective = training.trainer().settings();
        Map<String, HostTensor> weights;
        synchronized (RECENT) {
            weights = RECENT.get(fingerprint);
        }
        Optional<Map<String, HostTensor>> stored = weights != null || storage == null || !storage.reuse()
                ? Optional.empty() : storage.store().reusableTask(storage.label(), fingerprint);
        if (weights == null && stored.isPresent()) {
            weights = stored.get();
            progress.progress("task module (" + method.name() + ") reused from the store", 1, 1);
        }
        if (weights == null) {
            weights = training.train(dataset, (phase, done, total) -> progress.progress(
                    "task module (" + method.name() + "), " + phase, done, total)).weights();
        }
        synchronized (RECENT) {
            RECENT.put(fingerprint, weights);
        }
        if (storage != null && stored.isEmpty()) {
            storage.store().saveTask(storage.label(), training.trainer().adapterConfig(),
                    training.trainer().storedWeights(weights), fingerprint);
        }
        return new TaskModule(training.trainer().method(), effective, weights, fingerprint);
    }
}
