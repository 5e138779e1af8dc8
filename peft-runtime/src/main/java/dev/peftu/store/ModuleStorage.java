package dev.peftu.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where one method of one benchmark keeps its users' modules, and whether a run may reuse the
 * modules stored there: {@code <root>/<label>/<user>/} through a {@link ModuleStore} on
 * {@code root}.
 *
 * @param root the benchmark's directory of the store, e.g. {@code target/peftu/modules/tweeteval}
 * @param label the method's leaderboard label, e.g. {@code lora-r4}: its modules' directory
 * @param reuse whether modules whose fingerprint matches the run are reused instead of trained
 */
public record ModuleStorage(Path root, String label, boolean reuse) {

    /** Checks that the root and label are given. */
    public ModuleStorage {
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(label, "label");
    }

    /** The store on {@link #root()}. */
    public ModuleStore store() {
        return new ModuleStore(root);
    }
}
