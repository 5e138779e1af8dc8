package dev.peftu.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Changes to files and directories that readers see whole or not at all: content is written to a
 * temporary sibling (whose name starts with a dot) and moved into place, so a failure or crash
 * never leaves a half-written file under the target name. When the file system cannot move
 * atomically, a plain replacing move is used instead.
 *
 * <p>Temporary files and staging directories are created like any plain file or directory (not
 * with {@link Files#createTempFile}'s owner-only mode), so what is moved into place has the mode
 * the process's umask gives, as Maven's own outputs do: on POSIX file systems {@code 0666 & ~umask}
 * for files and {@code 0777 & ~umask} for directories (or what a default ACL of the directory
 * says). A CI job that publishes results or reports as another user can read them.
 */
public final class AtomicFiles {

    /** Writes the content of a file to the stream it is given. */
    @FunctionalInterface
    public interface ContentWriter {
        /** Writes the whole content; the stream is closed by the caller. */
        void writeTo(OutputStream out) throws IOException;
    }

    /** Fills a staging directory with what the target directory should hold. */
    @FunctionalInterface
    public interface DirectoryWriter {
        /** Writes every file of the directory into the (initially empty) staging directory. */
        void writeInto(Path stagingDirectory) throws IOException;
    }

    private static final String TEMPORARY_PREFIX = ".";
    /** How many random names are tried for a temporary file before giving up (a clash is already rare). */
    private static final int CREATE_ATTEMPTS = 100;

    private AtomicFiles() {
    }

    /** Returns whether a file name is one this class uses for temporary siblings (it starts with a dot). */
    public static boolean isTemporaryName(String fileName) {
        return fileName.startsWith(TEMPORARY_PREFIX);
    }

    /** Writes bytes to the file, replacing it atomically; parent directories are created. */
    public static void writeBytes(Path target, byte[] bytes) throws IOException {
        write(target, out -> out.write(bytes));
    }

    /** Writes text as UTF-8 to the file, replacing it atomically; parent directories are created. */
    public static void writeString(Path target, String text) throws IOException {
        writeBytes(target, text.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Writes a file through a temporary sibling that is synced and then moved over the target. If
     * the writer fails, the temporary file is removed and the target is left as it was.
     */
    public static void write(Path target, ContentWriter writer) throws IOException {
        Path parent = parentOf(target);
        Files.createDirectories(parent);
        Path temporary = createTemporary(parent, temporaryPrefix(target), ".tmp", false);
        boolean moved = false;
        try {
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                OutputStream out = Channels.newOutputStream(channel);
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            move(temporary, target);
            moved = true;
        } finally {
            if (!moved) {
                Files.deleteIfExists(temporary);
            }
        }
    }

    /**
     * Creates or replaces a whole directory: its files are written into a staging sibling, which is
     * then moved into place (an existing directory is first moved aside and deleted afterwards). If
     * the writer or a move fails, the staging directory is removed and the old directory is back.
     */
    public static void writeDirectory(Path target, DirectoryWriter writer) throws IOException {
        Path parent = parentOf(target);
        Files.createDirectories(parent);
        Path staging = createTemporary(parent, temporaryPrefix(target) + "staging-", "", true);
        boolean moved = false;
        try {
            writer.writeInto(staging);
            replaceDirectory(staging, target);
            moved = true;
        } finally {
            if (!moved) {
                deleteRecursively(staging);
            }
        }
    }

    /**
     * Removes a directory and everything in it: it is first renamed to a temporary sibling, so it
     * vanishes from its name at once, and then deleted. Symbolic links inside are removed, not followed.
     *
     * @return false if there was no such directory
     */
    public static boolean deleteDirectory(Path directory) throws IOException {
        if (!Files.isDirectory(directory)) {
            return false;
        }
        Path aside = asideName(directory);
        try {
            move(directory, aside);
        } catch (NoSuchFileException vanished) {
            return false;
        }
        deleteRecursively(aside);
        return true;
    }

    /**
     * Removes the files of a directory (not below it) whose names match, for example the outputs of
     * an earlier run; a directory that does not exist holds none.
     *
     * @return the removed files, in name order
     */
    public static List<Path> deleteFiles(Path directory, Predicate<String> fileName) throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        List<Path> matching;
        try (Stream<Path> files = Files.list(directory)) {
            matching = files.filter(file -> fileName.test(file.getFileName().toString()) && !Files.isDirectory(file))
                    .sorted().toList();
        }
        List<Path> removed = new ArrayList<>();
        for (Path file : matching) {
            if (Files.deleteIfExists(file)) {
                removed.add(file);
            }
        }
        return removed;
    }

    private static void replaceDirectory(Path staging, Path target) throws IOException {
        if (!Files.exists(target)) {
            move(staging, target);
            return;
        }
        Path old = asideName(target);
        move(target, old);
        try {
            move(staging, target);
        } catch (IOException | RuntimeException failure) {
            move(old, target);
            throw failure;
        }
        deleteRecursively(old);
    }

    private static void move(Path source, Path target) throws IOException {
        try {
            Files.move(source, target, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException unsupported) {
            Files.move(source, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static Path asideName(Path target) {
        return parentOf(target).resolve(temporaryPrefix(target) + "old-" + randomName());
    }

    /**
     * Creates a new, empty file or directory under a random name, with the mode a plain
     * {@link Files#createFile} or {@link Files#createDirectory} gives (the umask's), unlike
     * {@link Files#createTempFile}, whose files are readable by their owner only.
     */
    private static Path createTemporary(Path parent, String prefix, String suffix, boolean directory)
            throws IOException {
        for (int attempt = 1; ; attempt++) {
            Path candidate = parent.resolve(prefix + randomName() + suffix);
            try {
                return directory ? Files.createDirectory(candidate) : Files.createFile(candidate);
            } catch (FileAlreadyExistsException taken) {
                if (attempt == CREATE_ATTEMPTS) {
                    throw taken;
                }
            }
        }
    }

    private static String randomName() {
        return Long.toHexString(ThreadLocalRandom.current().nextLong() & Long.MAX_VALUE);
    }

    private static String temporaryPrefix(Path target) {
        return TEMPORARY_PREFIX + target.getFileName() + ".";
    }

    private static Path parentOf(Path target) {
        Path parent = target.toAbsolutePath().getParent();
        if (parent == null || target.getFileName() == null) {
            throw new IllegalArgumentException("cannot write " + target + " atomically: it has no parent directory");
        }
        return parent;
    }

    private static void deleteRecursively(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        Files.walkFileTree(root, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) throws IOException {
                Files.delete(file);
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult postVisitDirectory(Path directory, IOException failure) throws IOException {
                if (failure != null) {
                    throw failure;
                }
                Files.delete(directory);
                return FileVisitResult.CONTINUE;
            }
        });
    }
}
