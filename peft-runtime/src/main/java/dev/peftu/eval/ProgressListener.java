package dev.peftu.eval;

/** Receives progress of a contender's run so that long work can be reported on the log. */
@FunctionalInterface
public interface ProgressListener {

    /** A listener that ignores progress. */
    ProgressListener NONE = (phase, done, total) -> { };

    /**
     * Reports progress.
     *
     * @param phase what is being done, for example "epoch 2/3" or "predicting"
     * @param done units (users or steps) finished
     * @param total units in all
     */
    void progress(String phase, int done, int total);
}
