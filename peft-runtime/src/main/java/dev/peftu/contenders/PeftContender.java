package dev.peftu.contenders;

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
import dev.peftu.store.ModuleStore;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import dev.peftu.train.TrainingOptions;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A PEFT method on the leaderboard: trains every user's module in cohorts with the
 * {@link CohortTrainer}, predicts each user's test examples with that user's own module, and
 * writes the modules to the run's module store when there is one.
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
    public ContenderResult run(RunContext context, ProgressListener progress) {
        CohortTrainer trainer = new CohortTrainer(context.baseModel(), method, context.settings(),
                context.dataset().task(), context.seed());
        List<UserData> users = context.dataset().users();
        int cohortSize = trainer.options().cohortSize();
        int epochs = trainer.options().epochs();
        int totalSteps = 0;
        for (int start = 0; start < users.size(); start += cohortSize) {
            totalSteps += epochs * maxBatches(users.subList(start, Math.min(users.size(), start + cohortSize)),
                    trainer.options().batchSize());
        }
        ModuleStore store = context.moduleStore() == null ? null : new ModuleStore(context.moduleStore());
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        int stepsBefore = 0;
        for (int start = 0; start < users.size(); start += cohortSize) {
            List<UserData> cohort = users.subList(start, Math.min(users.size(), start + cohortSize));
            int usersDone = start;
            int offset = stepsBefore;
            int total = totalSteps;
            List<TrainedModule> modules = trainer.train(cohort, (phase, done, all) -> progress.progress(
                    "users " + usersDone + "/" + users.size() + " done, training " + cohort.size() + " (" + phase + "), step",
                    Math.min(total, offset + done), total));
            stepsBefore += epochs * maxBatches(cohort, trainer.options().batchSize());
            Map<String, List<Example>> tests = new LinkedHashMap<>();
            cohort.forEach(user -> tests.put(user.userId(), user.test()));
            predictions.putAll(trainer.predict(modules, tests));
            if (store != null) {
                save(store, trainer, modules);
            }
            progress.progress("users " + (start + cohort.size()) + "/" + users.size() + " done, step",
                    stepsBefore, totalSteps);
        }
        return new ContenderResult(predictions, trainer.trainableParameters());
    }

    private void save(ModuleStore store, CohortTrainer trainer, List<TrainedModule> modules) {
        for (TrainedModule module : modules) {
            try {
                store.save(method.name(), module.userId(), trainer.adapterConfig(), module.weights());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot store the " + method.name() + " module of user '"
                        + module.userId() + "': " + e.getMessage(), e);
            }
        }
    }

    private static int maxBatches(List<UserData> users, int batchSize) {
        return users.stream().mapToInt(u -> (u.train().size() + batchSize - 1) / batchSize).max().orElse(0);
    }
}
