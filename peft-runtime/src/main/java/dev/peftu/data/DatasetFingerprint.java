package dev.peftu.data;

import dev.peftu.store.Fingerprint;
import java.util.List;

/**
 * A short hash of a split dataset: the task (name, labels, whether multi-label) and, user by user
 * in order, each split's examples with their ids, texts and labels. Two runs whose fingerprints
 * agree trained and scored on the same data; a changed file, split seed, split rule or users
 * limit changes it.
 */
public final class DatasetFingerprint {

    private DatasetFingerprint() {
    }

    /** The fingerprint, {@code sha256:} followed by hex digits. */
    public static String of(PersonalizedDataset dataset) {
        TaskDefinition task = dataset.task();
        Fingerprint fingerprint = Fingerprint.start().add(task.name()).add(String.join("\u001f", task.labels()))
                .add(Boolean.toString(task.multiLabel()));
        for (UserData user : dataset.users()) {
            fingerprint.add("user").add(user.userId());
            split(fingerprint, "train", user.train());
            split(fingerprint, "val", user.val());
            split(fingerprint, "test", user.test());
        }
        return fingerprint.finish();
    }

    private static void split(Fingerprint fingerprint, String name, List<Example> examples) {
        fingerprint.add(name);
        for (Example example : examples) {
            fingerprint.add(example.id()).add(example.text()).add(String.join("\u001f", example.labels()));
        }
    }
}
