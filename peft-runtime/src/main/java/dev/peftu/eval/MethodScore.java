package dev.peftu.eval;

import java.util.List;

/**
 * A contender's score on one dataset: macro averages over users with a bootstrap interval.
 *
 * @param accuracy mean over users of each user's accuracy
 * @param ciLow lower end of the 95% percentile bootstrap interval of {@code accuracy} (users resampled)
 * @param ciHigh upper end of that interval
 * @param macroF1 mean over users of each user's F1, macro-averaged over the task's labels
 * @param users every scored user's result, in user id order
 */
public record MethodScore(double accuracy, double ciLow, double ciHigh, double macroF1, List<UserScore> users) {

    /** Copies the user list. */
    public MethodScore {
        users = List.copyOf(users);
    }
}
