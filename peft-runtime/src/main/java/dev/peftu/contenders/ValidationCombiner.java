package dev.peftu.contenders;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.CombinedContender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.eval.Scoring;
import dev.peftu.eval.SelfProvidingContender;
import dev.peftu.results.ContenderKind;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code select} and {@code stack} share: the setting {@code of} (the board labels of the
 * methods to combine, at least one, none twice), the user-by-user loop, and the per-user choice
 * by validation accuracy that {@code select} makes and {@code stack} falls back to. Each is its
 * own provider ({@link SelfProvidingContender}), of kind {@link ContenderKind#COMBINED}. The
 * default of {@code of} names nothing, so a board must say what to combine (its discovery fails
 * otherwise); no default candidate list is chosen for anyone.
 */
public abstract class ValidationCombiner extends SelfProvidingContender implements CombinedContender {

    /** Setting: the board labels of the methods combined, comma-separated, ties to the earlier. */
    public static final String OF = "of";
    /** What {@code of} must hold, for messages. */
    public static final String EXPECTED_OF = "the comma-separated labels of the board's methods to combine, at least"
            + " one";

    private final List<String> of;

    /**
     * Creates the contender.
     *
     * @param name its name on the leaderboard and in messages
     * @param ownDefaults its settings besides {@code of}, with their defaults
     * @param settings the checked settings, or {@code null} for the provider's instance
     */
    ValidationCombiner(String name, Map<String, String> ownDefaults, MethodSettings settings) {
        super(name, withOf(ownDefaults), settings);
        this.of = settings().list(OF);
        if (of.stream().distinct().count() != of.size()) {
            throw settings().invalid(OF, "every method once");
        }
    }

    private static Map<String, String> withOf(Map<String, String> ownDefaults) {
        Map<String, String> all = new LinkedHashMap<>(ownDefaults);
        all.put(OF, "");
        return all;
    }

    @Override
    public final ContenderKind kind() {
        return ContenderKind.COMBINED;
    }

    @Override
    public final List<String> of() {
        return of;
    }

    @Override
    public final ContenderResult combine(RunContext context, Map<String, ContenderResult> named,
                                         ProgressListener progress) {
        if (of.isEmpty()) {
            // the default names nothing: a board naming select or stack must say what they combine
            throw settings().invalid(OF, EXPECTED_OF);
        }
        List<UserData> users = context.runUsers();
        Map<String, List<Prediction>> predictions = new LinkedHashMap<>();
        Map<String, List<Prediction>> validation = new LinkedHashMap<>();
        Map<String, String> choices = new LinkedHashMap<>();
        for (int i = 0; i < users.size(); i++) {
            UserData user = users.get(i);
            Map<String, List<Prediction>> userValidation = new LinkedHashMap<>();
            for (String label : of) {
                userValidation.put(label, aligned(label, "validation", named.get(label).validationByUser(),
                        user, user.val()));
            }
            String chosen = choose(user, userValidation);
            UserCombination combination = combine(context, user, named, userValidation, chosen);
            predictions.put(user.userId(), combination.test());
            validation.put(user.userId(), combination.validation());
            choices.put(user.userId(), combination.choice());
            progress.progress("combining", i + 1, users.size());
        }
        return new ContenderResult(predictions, 0, validation, choices);
    }

    /**
     * Combines one user's predictions.
     *
     * @param context the run
     * @param user the user
     * @param named every combined method's result
     * @param validation every combined method's predictions of the user's validation examples, in order
     * @param chosen the method with the best validation accuracy, ties to the earlier-named
     * @return the user's test and validation predictions and what was chosen
     */
    abstract UserCombination combine(RunContext context, UserData user, Map<String, ContenderResult> named,
                                     Map<String, List<Prediction>> validation, String chosen);

    /**
     * Returns the method whose predictions of the user's validation examples are right most often;
     * ties, a user without validation examples included, go to the method named first.
     */
    final String choose(UserData user, Map<String, List<Prediction>> validation) {
        String best = null;
        int bestRight = -1;
        for (String label : of) {
            List<Prediction> predicted = validation.get(label);
            int right = 0;
            for (int n = 0; n < user.val().size(); n++) {
                right += Scoring.correct(user.val().get(n), predicted.get(n)) ? 1 : 0;
            }
            if (right > bestRight) {
                best = label;
                bestRight = right;
            }
        }
        return best;
    }

    /** The chosen method's predictions of the user's test examples. */
    static List<Prediction> test(String label, Map<String, ContenderResult> named, UserData user) {
        return aligned(label, "test", named.get(label).predictionsByUser(), user, user.test());
    }

    /** A method's predictions of the given examples, in their order; every example must have one. */
    static List<Prediction> aligned(String label, String split, Map<String, List<Prediction>> byUser, UserData user,
                                    List<Example> examples) {
        Map<String, Prediction> byId = new HashMap<>();
        byUser.getOrDefault(user.userId(), List.of()).forEach(p -> byId.put(p.exampleId(), p));
        return examples.stream().map(example -> {
            Prediction prediction = byId.get(example.id());
            if (prediction == null) {
                throw new IllegalArgumentException("method " + label + " gave no prediction for " + split
                        + " example " + example.id() + " of user '" + user.userId() + "'; expected one per example of"
                        + " the user's " + split + " split from every method combined");
            }
            return prediction;
        }).toList();
    }

    /**
     * One user's combined predictions.
     *
     * @param test the user's test predictions
     * @param validation the user's validation predictions
     * @param choice what was chosen for the user, recorded in the results
     */
    record UserCombination(List<Prediction> test, List<Prediction> validation, String choice) {
    }
}
