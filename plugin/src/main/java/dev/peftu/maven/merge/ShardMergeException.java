package dev.peftu.maven.merge;

/** Shard results that cannot be merged: missing, duplicated, overlapping or of other configurations. */
public final class ShardMergeException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    /** An exception whose message names the file and what is wrong. */
    public ShardMergeException(String message) {
        super(message);
    }
}
