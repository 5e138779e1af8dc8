package dev.peftu.contenders;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.store.FileFormatException;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.ModuleStore;
import dev.peftu.store.StoredModule;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The users' modules of one trainer: reused from the store where their fingerprint matches,
 * trained in cohorts otherwise, then stored and predicted.
 */
final class CohortRuns {

    private final RunContext run;
    private final CohortTrainer trainer;
    private final String fingerprint;
    private final Map<String, TrainedModule> trained = new LinkedHashMap<>();

    CohortRuns(RunContext run, CohortTrainer trainer, String fingerprint) {
        this.run = run;
        this.trainer = trainer;
        this.fingerprint = fingerprint;
    }

    /** A stored module whose fingerprint matches must also carry this method's configuration. */
    private void requireConfiguration(ModuleStorage storage, String userId, StoredModule stored)
            throws FileFormatException {
        try {
            trainer.method().requireStored(stored.adapterConfig());
        } catch (IllegalArgumentException e) {
            throw new FileFormatException(storage.store().userDirectory(storage.label(), userId)
                    .resolve(ModuleStore.CONFIG_FILE).toString(), e.getMessage(), e);
        }
    }

    /** Returns the fingerprint the users' modules are stored and found under. */
    String fingerprint() {
        return fingerprint;
    }

    /** Reuses or trains every run user's module, then predicts their test examples. */
    ContenderResult run(ProgressListener progress) throws IOException {
        ModuleStorage storage = run.moduleStorage();
        List<UserData> users = run.runUsers();
        List<UserData> toTrain = new ArrayList<>();
        List<TrainedModule> reused = new ArrayList<>();
        for (UserData user : users) {
            Optional<StoredModule> stored = storage == null || !storage.reuse() ? Optional.empty()
                    : storage.store().reusable(storage.label(), user.userId(), fingerprint);
            if (stored.isPresent()) {
                requireConfiguration(storage, user.userId(), stored.get());
                reused.add(new TrainedModule(user.userId(), stored.get().weights(), 0, 0));
            } else {
                toTrain.add(user);
            }
        }
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        Map<String, List<Prediction>> validation = new LinkedHashMap<>();
        if (!reused.isEmpty()) {
            progress.progress("reused " + reused.size() + " stored modules, predicting", 0, reused.size());
            predictions.putAll(trainer.predict(reused, splitOf(users, reused, UserData::test)));
            validation.putAll(trainer.predict(reused, splitOf(users, reused, UserData::val)));
            progress.progress("reused " + reused.size() + " stored modules, predicting", reused.size(),
                    reused.size());
        }
        train(toTrain, users.size() - toTrain.size(), users.size(), progress, "", true);
        List<TrainedModule> modules = List.copyOf(trained.values());
        predictions.putAll(trainer.predict(modules, splitOf(users, modules, UserData::test)));
        validation.putAll(trainer.predict(modules, splitOf(users, modules, UserData::val)));
        return result(users, predictions, validation);
    }

    /**
     * Trains every run user's module afresh and returns their mean validation accuracy over
     * the users with validation examples; test examples are not read.
     */
    double trainForValidation(ProgressListener progress, String prefix) throws IOException {
        List<UserData> users = run.runUsers();
        train(users, 0, users.size(), progress, prefix, false);
        List<TrainedModule> modules = List.copyOf(trained.values());
        Map<String, List<Example>> validation = splitOf(users, modules, UserData::val);
        Map<String, List<Prediction>> predicted = trainer.predict(modules, validation);
        double sum = 0;
        int counted = 0;
        for (Map.Entry<String, List<Example>> user : validation.entrySet()) {
            List<Example> examples = user.getValue();
            if (examples.isEmpty()) {
                continue;
            }
            List<Prediction> predictions = predicted.get(user.getKey());
            int correct = 0;
            for (int i = 0; i < examples.size(); i++) {
                correct += LearningRateSearch.correct(run.dataset().task(), examples.get(i),
                        predictions.get(i)) ? 1 : 0;
            }
            sum += (double) correct / examples.size();
            counted++;
        }
        return counted == 0 ? Double.NaN : sum / counted;
    }

    /** Predicts the test examples of modules trained by {@link #trainForValidation} and stores them. */
    ContenderResult finish(ProgressListener progress) throws IOException {
        List<UserData> users = run.runUsers();
        List<TrainedModule> modules = List.copyOf(trained.values());
        progress.progress("predicting", 0, 1);
        Map<String, List<Prediction>> predictions = trainer.predict(modules, splitOf(users, modules,
                UserData::test));
        Map<String, List<Prediction>> validation = trainer.predict(modules, splitOf(users, modules, UserData::val));
        store(modules);
        return result(users, predictions, validation);
    }

    private ContenderResult result(List<UserData> users, Map<String, List<Prediction>> predictions,
                                   Map<String, List<Prediction>> validation) {
        Map<String, List<Prediction>> inDatasetOrder = new LinkedHashMap<>();
        users.forEach(user -> inDatasetOrder.put(user.userId(), predictions.get(user.userId())));
        return new ContenderResult(inDatasetOrder, trainer.trainableParameters(), validation);
    }

    private void store(List<TrainedModule> modules) throws IOException {
        ModuleStorage storage = run.moduleStorage();
        if (storage != null) {
            for (TrainedModule module : modules) {
                storage.store().save(storage.label(), module.userId(), trainer.adapterConfig(),
                        trainer.storedWeights(module.weights()), fingerprint);
            }
        }
    }

    /** Trains the users in cohorts, keeping their modules, and storing each cohort's when asked to. */
    private void train(List<UserData> users, int usersBefore, int allUsers, ProgressListener progress,
                       String prefix, boolean storeEachCohort) throws IOException {
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
                    prefix + "users " + usersDone + "/" + allUsers + " done, training " + cohort.size() + " ("
                            + phase + "), step", Math.min(total, offset + done), total));
            stepsBefore += trainer.plannedSteps(cohort);
            modules.forEach(module -> trained.put(module.userId(), module));
            if (storeEachCohort) {
                store(modules);
            }
            progress.progress(prefix + "users " + (usersDone + cohort.size()) + "/" + allUsers + " done, step",
                    stepsBefore, totalSteps);
        }
    }

    private static Map<String, List<Example>> splitOf(List<UserData> users, List<TrainedModule> modules,
                                                      Function<UserData, List<Example>> split) {
        Map<String, List<Example>> examples = new LinkedHashMap<>();
        Map<String, UserData> byId = new LinkedHashMap<>();
        users.forEach(user -> byId.put(user.userId(), user));
        modules.forEach(module -> examples.put(module.userId(), split.apply(byId.get(module.userId()))));
        return examples;
    }
}
