package dev.peftu.contenders;

import dev.peftu.data.DatasetFingerprint;
import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.peft.MethodSettings;
import dev.peftu.peft.PeftMethod;
import dev.peftu.store.ModuleFingerprint;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.StoredModule;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import dev.peftu.train.TrainingOptions;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A PEFT method on the leaderboard: trains every user's module in cohorts with the
 * {@link CohortTrainer}, predicts each user's test examples with that user's own module, and
 * writes the modules to the run's module store when there is one, cohort by cohort, each with the
 * {@link ModuleFingerprint} of its inputs. A run that may reuse stored modules (a rerun after a
 * crash, say) trains only the users without a module of matching fingerprint; the others are
 * loaded and predict as they did when they were trained.
 */
public final class PeftContender implements Contender {

    private final PeftMethod method;
    private final MethodSettings effective;

    /**
     * Creates the contender, checking the settings at once so that a bad setting fails before
     * any training.
     *
     * @param method the method
     * @param settings overrides of the method's and the trainer's settings
     */
    public PeftContender(PeftMethod method, Map<String, String> settings) {
        this.method = method;
        this.effective = TrainingOptions.check(method, settings);
    }

    @Override
    public String name() {
        return method.name();
    }

    @Override
    public Map<String, String> effectiveSettings() {
        return effective.asMap();
    }

    @Override
    public ContenderKind kind() {
        return ContenderKind.PEFT;
    }

    @Override
    public ContenderResult run(RunContext context, ProgressListener progress) throws IOException {
        CohortTrainer trainer = new CohortTrainer(context.baseModel(), method, context.settings(),
                context.dataset().task(), context.seed());
        ModuleStorage storage = context.moduleStorage();
        String fingerprint = ModuleFingerprint.of(method.name(), trainer.settings().asMap(), context.baseModel().name(),
                context.baseModel().tokenizer().maxLength(), DatasetFingerprint.of(context.dataset()), context.seed());
        List<UserData> users = context.runUsers();
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        List<UserData> toTrain = new ArrayList<>();
        List<TrainedModule> reused = new ArrayList<>();
        for (UserData user : users) {
            Optional<StoredModule> stored = storage == null || !storage.reuse() ? Optional.empty()
                    : storage.store().reusable(storage.label(), user.userId(), fingerprint);
            if (stored.isPresent()) {
                reused.add(new TrainedModule(user.userId(), stored.get().weights(), 0, 0));
            } else {
                toTrain.add(user);
            }
        }
        if (!reused.isEmpty()) {
            progress.progress("reused " + reused.size() + " stored modules, predicting", 0, reused.size());
            predictions.putAll(trainer.predict(reused, testsOf(users, reused)));
            progress.progress("reused " + reused.size() + " stored modules, predicting", reused.size(), reused.size());
        }
        train(trainer, toTrain, users.size() - toTrain.size(), users.size(), storage, fingerprint, predictions,
                progress);
        Map<String, List<Prediction>> inDatasetOrder = new LinkedHashMap<>();
        users.forEach(user -> inDatasetOrder.put(user.userId(), predictions.get(user.userId())));
        return new ContenderResult(inDatasetOrder, trainer.trainableParameters());
    }

    /** Trains the users in cohorts, predicts their test examples and stores each cohort's modules. */
    private void train(CohortTrainer trainer, List<UserData> users, int usersBefore, int allUsers,
                       ModuleStorage storage, String fingerprint, Map<String, List<Prediction>> predictions,
                       ProgressListener progress) throws IOException {
        int cohortSize = trainer.options().cohortSize();
        int totalSteps = 0;
        for (int start = 0; start < users.size(); start += cohortSize) {
            totalSteps += trainer.plannedSteps(users.subList(start, Math.min(users.size(), start + cohortSize)));
        }
        int stepsBefore = 0;
        for (int start = 0; start < users.size(); start += cohortSize) {
            List<UserData> cohort = users.subList(start, Math.min(users.size(), start + cohortSize));
            int usersDone = usersBefore + start;
            int offset = stepsBefore;
            int total = totalSteps;
            List<TrainedModule> modules = trainer.train(cohort, (phase, done, all) -> progress.progress(
                    "users " + usersDone + "/" + allUsers + " done, training " + cohort.size() + " (" + phase + "), step",
                    Math.min(total, offset + done), total));
            stepsBefore += trainer.plannedSteps(cohort);
            predictions.putAll(trainer.predict(modules, testsOf(cohort, modules)));
            if (storage != null) {
                for (TrainedModule module : modules) {
                    storage.store().save(storage.label(), module.userId(), trainer.adapterConfig(), module.weights(),
                            fingerprint);
                }
            }
            progress.progress("users " + (usersDone + cohort.size()) + "/" + allUsers + " done, step",
                    stepsBefore, totalSteps);
        }
    }

    private static Map<String, List<Example>> testsOf(List<UserData> users, List<TrainedModule> modules) {
        Map<String, List<Example>> tests = new LinkedHashMap<>();
        Map<String, UserData> byId = new LinkedHashMap<>();
        users.forEach(user -> byId.put(user.userId(), user));
        modules.forEach(module -> tests.put(module.userId(), byId.get(module.userId()).test()));
        return tests;
    }
}
