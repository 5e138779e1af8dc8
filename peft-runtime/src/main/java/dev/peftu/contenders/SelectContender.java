package dev.peftu.contenders;

import dev.peftu.data.UserData;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.Prediction;
import dev.peftu.eval.RunContext;
import java.util.List;
import java.util.Map;

/**
 * {@code select}: for each user, the method of the board, among those named in
 * {@code of=...} (PEFT methods and baselines alike, by their board labels), whose predictions of
 * that user's validation split are right most often; ties go to the method named first, and so
 * does a user without validation examples. The user's test predictions are the chosen method's,
 * from the run the board already made; nothing is trained twice. Each user's choice is recorded
 * in the results.
 */
public final class SelectContender extends ValidationCombiner {

    /** The contender name. */
    public static final String NAME = "select";

    /** Creates the provider's instance. */
    public SelectContender() {
        this(null);
    }

    private SelectContender(MethodSettings settings) {
        super(NAME, Map.of(), settings);
    }

    @Override
    public Contender create(MethodSettings settings) {
        return new SelectContender(settings);
    }

    @Override
    UserCombination combine(RunContext context, UserData user, Map<String, ContenderResult> named,
                            Map<String, List<Prediction>> validation, String chosen) {
        return new UserCombination(test(chosen, named, user), validation.get(chosen), chosen);
    }
}
