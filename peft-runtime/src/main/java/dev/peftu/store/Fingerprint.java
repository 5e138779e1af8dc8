package dev.peftu.store;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A short SHA-256 fingerprint of a sequence of text fields, for telling whether two things were
 * made from the same inputs (a split dataset, a stored module). Each field is hashed with its
 * length first, so no two different sequences of fields hash alike by shifting text between them.
 */
public final class Fingerprint {

    /** Hex digits kept of the digest: enough to tell inputs apart, short enough to read. */
    private static final int HEX_DIGITS = 16;

    private final MessageDigest digest;

    private Fingerprint() {
        try {
            digest = MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** An empty fingerprint to add fields to. */
    public static Fingerprint start() {
        return new Fingerprint();
    }

    /** Adds one field. */
    public Fingerprint add(String field) {
        byte[] bytes = field.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
        return this;
    }

    /** The fingerprint of the fields added, {@code sha256:} and {@value #HEX_DIGITS} hex digits. */
    public String finish() {
        return "sha256:" + HexFormat.of().formatHex(digest.digest()).substring(0, HEX_DIGITS);
    }

    /**
     * The fingerprint of the fields added as a number: the digest's first 64 bits, the same bits
     * as the hex digits of {@link #finish()}, for spreading things evenly (such as users over shards).
     */
    public long finishAsNumber() {
        return ByteBuffer.wrap(digest.digest()).getLong();
    }
}
