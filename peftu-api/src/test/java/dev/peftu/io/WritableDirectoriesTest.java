package dev.peftu.io;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WritableDirectoriesTest {

    @TempDir
    Path workDir;

    @Test
    void anExistingDirectoryAndOneThatCanBeCreatedBelowItAreWritable() {
        assertThat(WritableDirectories.problem(workDir, "results directory")).isEmpty();
        assertThat(WritableDirectories.problem(workDir.resolve("target/peftu"), "results directory")).isEmpty();
        assertThat(workDir.resolve("target")).as("the check creates nothing").doesNotExist();
    }

    @Test
    void aDirectoryBelowAFileCannotBeCreatedAndTheMessageNamesTheFile() throws IOException {
        Path file = Files.writeString(workDir.resolve("report"), "not a directory");

        assertThat(WritableDirectories.problem(file.resolve("peftu"), "report directory")).contains(
                "report directory " + file.resolve("peftu") + " cannot be created: " + file + " is not a directory");
    }

    @Test
    void aFileWhereTheDirectoryShouldBeIsNotWritableAsADirectory() throws IOException {
        Path file = Files.writeString(workDir.resolve("modules"), "not a directory");

        assertThat(WritableDirectories.problem(file, "module store"))
                .contains("module store " + file + " is not writable: " + file + " is not a directory");
    }
}
