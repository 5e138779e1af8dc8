package dev.peftu.train;

import dev.peftu.model.HostTensor;
import java.util.Map;
import java.util.function.Supplier;

/**
 * One user's early stopping: after each epoch the validation loss either improves on the best
 * so far (the user's weights are kept as the best) or does not; after {@code patience} epochs
 * without improvement the user stops training. A user without validation examples (loss NaN)
 * keeps its latest weights and trains every epoch.
 */
final class EarlyStopping {

    private final int patience;
    private double bestLoss = Double.POSITIVE_INFINITY;
    private Map<String, HostTensor> best;
    private int stale;
    private int epochs;
    private boolean active = true;

    /**
     * Creates the state of one user.
     *
     * @param patience epochs without improvement before the user stops
     */
    EarlyStopping(int patience) {
        this.patience = patience;
    }

    /** Returns whether the user still trains. */
    boolean active() {
        return active;
    }

    /** Notes that the user trains in an epoch. */
    void startEpoch(int epoch) {
        epochs = epoch;
    }

    /**
     * Takes an epoch's validation loss.
     *
     * @param loss the mean validation loss, NaN when the user has no validation examples
     * @param weights the user's current weights, copied only when kept
     */
    void record(double loss, Supplier<Map<String, HostTensor>> weights) {
        if (Double.isNaN(loss) || loss < bestLoss) {
            bestLoss = loss;
            best = weights.get();
            stale = 0;
        } else if (++stale >= patience) {
            active = false;
        }
    }

    /**
     * Returns the user's module: its best weights and their validation loss, or the current
     * weights and a NaN loss if no epoch was recorded.
     *
     * @param userId the user
     * @param current the user's current weights
     * @return the module
     */
    TrainedModule module(String userId, Supplier<Map<String, HostTensor>> current) {
        // no recorded epoch (a single epoch runs no validation pass): no loss was measured
        return best != null ? new TrainedModule(userId, best, epochs, bestLoss)
                : new TrainedModule(userId, current.get(), epochs, Double.NaN);
    }
}
