package dev.peftu.io;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Tells, before any work starts, whether a directory the run will write into can be written:
 * the directory itself when it exists, or else the nearest existing directory above it, in which
 * the missing ones will be created. Nothing is created or written by the check, so it may run at
 * discovery, when a run may only list its tests.
 */
public final class WritableDirectories {

    private WritableDirectories() {
    }

    /**
     * Returns what stands in the way of writing into the directory, or empty when nothing does.
     *
     * @param directory the directory the run will create if needed and write into
     * @param what what the directory is for, for the message, e.g. {@code "results directory"}
     * @return a message naming the directory and the path that blocks it, e.g.
     *     {@code results directory /dev/null/peftu cannot be created: /dev/null is not a directory}
     */
    public static Optional<String> problem(Path directory, String what) {
        Path absolute = directory.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return Optional.of(what + " " + absolute + " cannot be created: no part of the path exists");
        }
        String verb = existing.equals(absolute) ? " is not writable: " : " cannot be created: ";
        if (!Files.isDirectory(existing)) {
            return Optional.of(what + " " + absolute + verb + existing + " is not a directory");
        }
        if (!Files.isWritable(existing)) {
            return Optional.of(what + " " + absolute + verb + existing + " is not writable by this user");
        }
        return Optional.empty();
    }
}
