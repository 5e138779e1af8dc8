package dev.peftu.contenders;

import dev.peftu.baselines.LogisticCalibration;
import dev.peftu.data.Example;
import dev.peftu.data.TaskDefinition;
import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code stack}: for each user, an L2-regularized logistic regression ({@link LogisticCalibration},
 * multinomial for single-label tasks, one sigmoid per label for multi-label ones) whose features
 * are the per-label scores ({@link Prediction#scores}) of every method named in {@code of=...},
 * side by side, fit on that user's validation split and applied to the same methods' scores of
 * the user's test examples; a label set takes every label of probability at least one half.
 *
 * <p>The fallback rule: a user whose validation split has fewer than {@code minValidation}
 * examples (default {@value #DEFAULT_MIN_VALIDATION}), or whose validation examples all share one
 * first gold label (nothing to tell the labels apart by), is not fit; that user gets
 * {@code select}'s choice, the named method with the best validation accuracy (ties to the
 * earlier-named). The results record {@value #FITTED} for a fitted user and the chosen method's
 * label for the others. Settings: {@code of}, {@code l2} >= 0 (default
 * {@value LogisticCalibration#L2}, the penalty {@code crowd-calibrated} uses; not tuned on any
 * task) and {@code minValidation}, a whole number >= 1.
 */
public final class StackContender extends ValidationCombiner {

    /** The contender name. */
    public static final String NAME = "stack";
    /** Setting: the L2 penalty on the regression's weights. */
    public static final String L2 = "l2";
    /** Setting: the fewest validation examples a user needs for a fit. */
    public static final String MIN_VALIDATION = "minValidation";
    /**
     * The fewest validation examples to fit: below it a fit of (methods x labels + 1) weights per
     * label is a guess. A floor by reasoning, not chosen on any task's results.
     */
    public static final int DEFAULT_MIN_VALIDATION = 8;
    /** The choice recorded for a user whose regression was fit. */
    public static final String FITTED = "(fitted)";

    private final double l2;
    private final int minValidation;

    /** Creates the provider's instance. */
    public StackContender() {
        this(null);
    }

    private StackContender(MethodSettings settings) {
        super(NAME, Map.of(L2, Double.toString(LogisticCalibration.L2), MIN_VALIDATION,
                Integer.toString(DEFAULT_MIN_VALIDATION)), settings);
        this.l2 = settings().nonNegative(L2);
        this.minValidation = settings().positiveInteger(MIN_VALIDATION);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new StackContender(settings);
    }

    /**
     * Whether a user's validation split can be fit: at least {@code minValidation} examples, and
     * at least two distinct first gold labels among them.
     *
     * @param validation the user's validation examples
     * @param minValidation the fewest examples to fit
     * @return whether to fit; otherwise the user falls back to {@code select}'s choice
     */
    public static boolean fits(List<Example> validation, int minValidation) {
        Set<String> firstLabels = new HashSet<>();
        validation.forEach(example -> firstLabels.add(example.labels().get(0)));
        return validation.size() >= minValidation && firstLabels.size() >= 2;
    }

    @Override
    UserCombination combine(RunContext context, UserData user, Map<String, ContenderResult> named,
                            Map<String, List<Prediction>> validation, String chosen) {
        if (!fits(user.val(), minValidation)) {
            return new UserCombination(test(chosen, named, user), validation.get(chosen), chosen);
        }
        TaskDefinition task = context.dataset().task();
        double[][] features = new double[user.val().size()][];
        double[][] targets = new double[user.val().size()][];
        for (int n = 0; n < user.val().size(); n++) {
            features[n] = features(task, validation, n);
            targets[n] = LogisticCalibration.targets(task, user.val().get(n));
        }
        LogisticCalibration model = LogisticCalibration.fit(features, targets, !task.multiLabel(), l2);
        Map<String, List<Prediction>> tests = new LinkedHashMap<>();
        of().forEach(label -> tests.put(label, test(label, named, user)));
        return new UserCombination(decode(task, model, user.test(), tests), decode(task, model, user.val(), validation),
                FITTED);
    }

    private List<Prediction> decode(TaskDefinition task, LogisticCalibration model, List<Example> examples,
                                    Map<String, List<Prediction>> predicted) {
        List<Prediction> decoded = new ArrayList<>();
        for (int n = 0; n < examples.size(); n++) {
            decoded.add(Prediction.decode(examples.get(n).id(), task, model.probabilities(features(task, predicted, n)),
                    0.5));
        }
        return decoded;
    }

    /** The n-th example's features: every named method's per-label scores, in the order of {@code of}. */
    private double[] features(TaskDefinition task, Map<String, List<Prediction>> predicted, int n) {
        int labels = task.labels().size();
        double[] features = new double[of().size() * labels];
        for (int m = 0; m < of().size(); m++) {
            System.arraycopy(predicted.get(of().get(m)).get(n).scores(task), 0, features, m * labels, labels);
        }
        return features;
    }
}
