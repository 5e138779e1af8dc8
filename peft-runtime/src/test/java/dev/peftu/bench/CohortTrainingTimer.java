package dev.peftu.bench;

import dev.peftu.data.Example;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.UserData;
import dev.peftu.model.BaseModel;
import dev.peftu.model.PromptEncoder;
import dev.peftu.peft.PeftMethods;
import dev.peftu.peft.TrainingKeys;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Times the training of every user of a dataset with one PEFT method in cohorts of one size,
 * the way {@link dev.peftu.contenders.PeftContender} walks through the users, from outside the
 * trainer: the wall clock runs around each {@link CohortTrainer#train} call only (so neither
 * prediction nor module storage counts, but each epoch's validation pass does), steps are
 * counted through the progress listener, and tokens through {@link BaseModel#tokenIds} (on a causal
 * LM, through its prompts: {@link #trainingTokens}).
 */
final class CohortTrainingTimer {

    private static final double NANOS_PER_SECOND = 1e9;

    private final BaseModel base;
    private final String method;
    private final int cohortSize;
    private final PersonalizedDataset dataset;
    private final CohortTrainer trainer;

    /**
     * Prepares the timer.
     *
     * @param base the frozen base model
     * @param method the PEFT method's name
     * @param cohortSize users per cohort (the {@code cohortSize} setting)
     * @param epochs epochs per user (the {@code epochs} setting)
     * @param dataset the users to train
     * @param seed the training seed
     */
    CohortTrainingTimer(BaseModel base, String method, int cohortSize, int epochs, PersonalizedDataset dataset,
                        long seed) {
        this(base, method, Map.of(), cohortSize, epochs, dataset, seed);
    }

    /**
     * Prepares the timer with settings of the method's own besides the defaults.
     *
     * @param base the frozen base model
     * @param method the PEFT method's name
     * @param overrides the method's settings to change, such as {@code dropout=0}
     * @param cohortSize users per cohort (the {@code cohortSize} setting)
     * @param epochs epochs per user (the {@code epochs} setting)
     * @param dataset the users to train
     * @param seed the training seed
     */
    CohortTrainingTimer(BaseModel base, String method, Map<String, String> overrides, int cohortSize, int epochs,
                        PersonalizedDataset dataset, long seed) {
        this.base = base;
        this.method = method;
        this.dataset = dataset;
        Map<String, String> settings = new HashMap<>(overrides);
        settings.put(TrainingKeys.COHORT_SIZE, Integer.toString(cohortSize));
        settings.put(TrainingKeys.EPOCHS, Integer.toString(epochs));
        this.trainer = new CohortTrainer(base, PeftMethods.byName(method), settings, dataset.task(), seed);
        this.cohortSize = trainer.options().cohortSize();
    }

    /**
     * Trains the first cohort once, in full, before the clock runs: by then the JIT has compiled
     * the step's Java code and the native library and allocator have seen this configuration's
     * shapes, which is the steady state a board reaches over its many cohorts (a first cohort
     * measured cold ran about 14% slower per step than the same cohort trained again). It also
     * tokenizes every training text, so that no configuration pays for filling the token cache.
     */
    void warmUp() {
        dataset.users().forEach(this::trainingTokens);
        trainer.train(cohorts().get(0), (phase, done, total) -> { });
    }

    /**
     * Warms up, measures, and prints the measurement as a forked configuration reports it to its
     * parent ({@link ForkedConfiguration#encode}), saying when the RSS peak includes the warm-up.
     *
     * @param memory the peak memory tracker
     */
    void warmUpMeasureAndReport(PeakMemory memory) {
        warmUp();
        ThroughputMeasurement measurement = measure(memory);
        if (!memory.rssResettable()) {
            System.out.println("RSS peak: /proc/self/clear_refs could not be written, so the RSS peak includes "
                    + "the warm-up.");
        }
        System.out.println(ForkedConfiguration.encode(measurement));
    }

    /**
     * Trains every user, cohort after cohort, and measures it.
     *
     * @param memory the peak memory tracker, reset here before the first cohort
     * @return the measurement
     */
    ThroughputMeasurement measure(PeakMemory memory) {
        int[] steps = {0};
        long tokens = 0;
        long nanos = 0;
        memory.reset();
        for (List<UserData> cohort : cohorts()) {
            long start = System.nanoTime();
            List<TrainedModule> modules = trainer.train(cohort, (phase, done, total) -> steps[0]++);
            nanos += System.nanoTime() - start;
            for (int u = 0; u < cohort.size(); u++) {
                tokens += modules.get(u).epochs() * trainingTokens(cohort.get(u));
            }
        }
        return new ThroughputMeasurement(method, cohortSize, dataset.users().size(), steps[0], tokens,
                nanos / NANOS_PER_SECOND, memory.heapPeakBytes(), memory.rssPeakBytes());
    }

    /**
     * Returns the real tokens of a user's training examples, one epoch's worth: on an encoder each
     * text's tokens; on a causal LM each sequence the loss runs, the prompt followed by a label's
     * words (the gold label's, or on a multi-label task every label's, as the loss scores them all).
     */
    long trainingTokens(UserData user) {
        if (!base.generative()) {
            return user.train().stream().mapToLong(example -> base.tokenIds(example.text()).length).sum();
        }
        PromptEncoder prompts = base.promptEncoder(dataset.task());
        List<String> labels = dataset.task().labels();
        long tokens = 0;
        for (Example example : user.train()) {
            int prompt = prompts.prompt(example.text()).length;
            List<String> scored = dataset.task().multiLabel() ? labels : example.labels().subList(0, 1);
            for (String label : scored) {
                tokens += prompt + prompts.labelIds(labels.indexOf(label)).length;
            }
        }
        return tokens;
    }

    private List<List<UserData>> cohorts() {
        List<UserData> users = dataset.users();
        List<List<UserData>> cohorts = new ArrayList<>();
        for (int start = 0; start < users.size(); start += cohortSize) {
            cohorts.add(users.subList(start, Math.min(users.size(), start + cohortSize)));
        }
        return cohorts;
    }
}
