package dev.peftu.train;

import dev.peftu.random.Sampling;
import dev.peftu.random.Seeds;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;

/**
 * One epoch's batches of every user still training: each user's training rows shuffled by a
 * generator seeded by the seed, the user and the epoch only, and cut into batches. Step
 * {@code s} of the epoch takes batch {@code s} of every user that has one.
 */
final class EpochBatches {

    private final List<List<List<Row>>> batches = new ArrayList<>();
    private int steps;

    /**
     * Shuffles and cuts the users' rows.
     *
     * @param seed the run seed
     * @param userIds the users
     * @param train each user's training rows
     * @param training per user, whether it still trains
     * @param epoch the epoch, from 1
     * @param batchSize rows of one user per step
     */
    EpochBatches(long seed, List<String> userIds, List<List<Row>> train, boolean[] training, int epoch,
                 int batchSize) {
        for (int u = 0; u < userIds.size(); u++) {
            List<List<Row>> userBatches = new ArrayList<>();
            if (training[u]) {
                List<Row> order = new ArrayList<>(train.get(u));
                SplittableRandom random = new SplittableRandom(Seeds.mix(seed, userIds.get(u), "shuffle", epoch));
                Sampling.shuffle(order, random);
                for (int start = 0; start < order.size(); start += batchSize) {
                    userBatches.add(order.subList(start, Math.min(order.size(), start + batchSize)));
                }
            }
            batches.add(userBatches);
            steps = Math.max(steps, userBatches.size());
        }
    }

    /** Returns the number of steps of the epoch: the most batches any user has. */
    int steps() {
        return steps;
    }

    /** Returns step {@code s}'s batches, one per user that has a batch {@code s}, in cohort order. */
    List<List<Row>> step(int s) {
        List<List<Row>> step = new ArrayList<>();
        for (List<List<Row>> userBatches : batches) {
            if (s < userBatches.size()) {
                step.add(userBatches.get(s));
            }
        }
        return step;
    }
}
