package dev.peftu.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {

    @TempDir
    Path dir;

    @Test
    void writesAFileCreatingParentsAndReplacingOldContent() throws IOException {
        Path target = dir.resolve("a/b/c.txt");

        AtomicFiles.writeString(target, "first");
        AtomicFiles.writeString(target, "second, longer");

        assertThat(target).hasContent("second, longer");
        assertThat(names(target.getParent())).containsExactly("c.txt");
    }

    @Test
    void failedWriteKeepsTheOldContentAndLeavesNoTemporaryFile() throws IOException {
        Path target = dir.resolve("config.json");
        AtomicFiles.writeString(target, "old");

        assertThatThrownBy(() -> AtomicFiles.write(target, out -> {
            out.write("half of the new".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        })).hasMessage("disk full");

        assertThat(target).hasContent("old");
        assertThat(names(dir)).containsExactly("config.json");
    }

    @Test
    void replacesADirectoryWhole() throws IOException {
        Path target = dir.resolve("module");
        AtomicFiles.writeDirectory(target, staging -> Files.writeString(staging.resolve("old.txt"), "old"));

        AtomicFiles.writeDirectory(target, staging -> Files.writeString(staging.resolve("new.txt"), "new"));

        assertThat(names(target)).containsExactly("new.txt");
        assertThat(names(dir)).containsExactly("module");
    }

    @Test
    void failedDirectoryWriteKeepsTheOldDirectoryAndLeavesNoStaging() throws IOException {
        Path target = dir.resolve("module");
        AtomicFiles.writeDirectory(target, staging -> Files.writeString(staging.resolve("old.txt"), "old"));

        assertThatThrownBy(() -> AtomicFiles.writeDirectory(target, staging -> {
            Files.writeString(staging.resolve("new.txt"), "new");
            throw new IllegalStateException("tensor conversion failed");
        })).hasMessage("tensor conversion failed");

        assertThat(names(target)).containsExactly("old.txt");
        assertThat(names(dir)).containsExactly("module");
    }

    @Test
    void deletesADirectoryWithoutFollowingLinksOutOfIt() throws IOException {
        Path outside = Files.createDirectories(dir.resolve("outside"));
        Files.writeString(outside.resolve("keep.txt"), "keep");
        Path doomed = Files.createDirectories(dir.resolve("doomed/nested"));
        Files.writeString(doomed.resolve("x.bin"), "x");
        Files.createSymbolicLink(dir.resolve("doomed/link"), outside);

        assertThat(AtomicFiles.deleteDirectory(dir.resolve("doomed"))).isTrue();

        assertThat(names(dir)).containsExactly("outside");
        assertThat(outside.resolve("keep.txt")).hasContent("keep");
        assertThat(AtomicFiles.deleteDirectory(dir.resolve("doomed"))).isFalse();
    }

    @Test
    void writtenFilesAndDirectoriesGetTheModeOfAPlainlyCreatedProbeNotOwnerOnly() throws IOException {
        assumeTrue(dir.getFileSystem().supportedFileAttributeViews().contains("posix"), "not a POSIX file system");
        Set<PosixFilePermission> plainFile = Files.getPosixFilePermissions(Files.createFile(dir.resolve("probe.txt")));
        Set<PosixFilePermission> plainDirectory = Files.getPosixFilePermissions(
                Files.createDirectory(dir.resolve("probe-dir")));
        Path results = dir.resolve("results.json");
        AtomicFiles.writeString(results, "{}");
        AtomicFiles.writeString(results, "{\"replaced\": true}");
        Path module = dir.resolve("module");
        AtomicFiles.writeDirectory(module, staging -> Files.writeString(staging.resolve("adapter_config.json"), "{}"));

        assertThat(Files.getPosixFilePermissions(results)).isEqualTo(plainFile);
        assertThat(Files.getPosixFilePermissions(module)).isEqualTo(plainDirectory);
        assertThat(Files.getPosixFilePermissions(module.resolve("adapter_config.json"))).isEqualTo(plainFile);
    }

    @Test
    void deletesTheMatchingFilesOfADirectoryButNotItsDirectoriesOrWhatLiesBelow() throws IOException {
        Files.writeString(dir.resolve("results-shard-1-of-2.json"), "old");
        Files.writeString(dir.resolve("results.json"), "keep");
        Files.createDirectories(dir.resolve("results-shard-dir/results-shard-2-of-2.json"));

        List<Path> removed = AtomicFiles.deleteFiles(dir, name -> name.startsWith("results-shard-"));

        assertThat(removed).containsExactly(dir.resolve("results-shard-1-of-2.json"));
        assertThat(names(dir)).containsExactly("results-shard-dir", "results.json");
        assertThat(AtomicFiles.deleteFiles(dir.resolve("missing"), name -> true)).isEmpty();
    }

    @Test
    void recognisesItsTemporaryNames() {
        assertThat(AtomicFiles.isTemporaryName(".module.staging-123")).isTrue();
        assertThat(AtomicFiles.isTemporaryName("module")).isFalse();
    }

    private static List<String> names(Path directory) throws IOException {
        try (Stream<Path> files = Files.list(directory)) {
            return files.map(path -> path.getFileName().toString()).sorted().toList();
        }
    }
}
