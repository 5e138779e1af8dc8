package dev.peftu.engine.execution;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderKind;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Creates contenders by the names of the contracts. Interim: until the runtime's
 * {@code Contenders.create} lands it knows only {@code majority}; every other name fails its
 * method with a message listing what this build knows.
 */
public final class ContenderLookup {

    /** Baselines that read texts and labels only and never need the base model. */
    private static final Set<String> TEXT_ONLY = Set.of("majority", "one-size-fits-all", "retrieval");

    private static final Set<String> BASELINES = Set.of("majority", "one-size-fits-all", "zero-shot", "few-shot",
            "retrieval", "non-personalized");

    private final Map<String, Function<Map<String, String>, Contender>> known = new LinkedHashMap<>();

    /** Creates a lookup of the built-in contenders. */
    public ContenderLookup() {
        known.put("majority", settings -> new UserMajority());
    }

    /**
     * Creates a contender.
     *
     * @throws IllegalArgumentException naming the unknown name and the known ones
     */
    public Contender create(String name, Map<String, String> settings) {
        Function<Map<String, String>, Contender> factory = known.get(name);
        if (factory == null) {
            throw new IllegalArgumentException("unknown method '" + name + "'; expected one of " + known.keySet());
        }
        return factory.apply(settings);
    }

    /** Returns the kind a contender of this name has, for reporting methods that failed before creation. */
    public ContenderKind expectedKind(String name) {
        return BASELINES.contains(name) ? ContenderKind.BASELINE : ContenderKind.PEFT;
    }

    /** Returns whether the contender needs the base model in its run context. */
    public boolean needsBaseModel(Contender contender) {
        return !TEXT_ONLY.contains(contender.name());
    }

    /** Predicts each user's most frequent training label (ties: the task's label order). */
    private static final class UserMajority implements Contender {

        @Override
        public String name() {
            return "majority";
        }

        @Override
        public ContenderKind kind() {
            return ContenderKind.BASELINE;
        }

        @Override
        public ContenderResult run(RunContext context, ProgressListener progress) {
            List<String> labels = context.dataset().task().labels();
            List<UserData> users = context.dataset().users();
            Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
            for (UserData user : users) {
                Map<String, Long> counts = user.train().stream().flatMap(e -> e.labels().stream())
                        .collect(Collectors.groupingBy(label -> label, Collectors.counting()));
                String top = labels.stream().max(Comparator.comparing((String label) -> counts.getOrDefault(label, 0L))
                        .thenComparing(label -> -labels.indexOf(label))).orElseThrow();
                predictions.put(user.userId(), user.test().stream().map(Example::id)
                        .map(id -> Prediction.of(id, top)).toList());
                progress.progress("predicting", predictions.size(), users.size());
            }
            return new ContenderResult(predictions, 0);
        }
    }
}
