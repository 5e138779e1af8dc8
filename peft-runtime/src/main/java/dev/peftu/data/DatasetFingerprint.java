package dev.peftu.data;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/**
 * A short hash of a split dataset: the task (name, labels, whether multi-label) and, user by user
 * in order, each split's examples with their ids, texts and labels. Two runs whose fingerprints
 * agree trained and scored on the same data; a changed file, split seed, split rule or users
 * limit changes it.
 */
public final class DatasetFingerprint {

    /** Hex digits kept of the SHA-256 digest: enough to tell data sets apart, short enough to read. */
    private static final int HEX_DIGITS = 16;

    private DatasetFingerprint() {
    }

    /** The fingerprint, {@code sha256:} followed by {@value #HEX_DIGITS} hex digits. */
    public static String of(PersonalizedDataset dataset) {
        MessageDigest digest = sha256();
        TaskDefinition task = dataset.task();
        field(digest, task.name());
        field(digest, String.join("\u001f", task.labels()));
        field(digest, Boolean.toString(task.multiLabel()));
        for (UserData user : dataset.users()) {
            field(digest, "user");
            field(digest, user.userId());
            split(digest, "train", user.train());
            split(digest, "val", user.val());
            split(digest, "test", user.test());
        }
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    private static void split(MessageDigest digest, String name, List<Example> examples) {
        field(digest, name);
        for (Example example : examples) {
            field(digest, example.id());
            field(digest, example.text());
            field(digest, String.join("\u001f", example.labels()));
        }
    }

    /** Adds a value with its length first, so that no two different sequences of values hash alike. */
    private static void field(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
