package dev.peftu.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.peftu.results.Shard;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What verify removes before the engine runs, with and without a shard. */
class EarlierOutputsTest {

    private static final List<String> EARLIER = List.of("results.json", "results-shard-1-of-3.json",
            "results-shard-2-of-3.json", "results-shard-1-of-2.json", "index.html", "benchmark-tweeteval.html",
            "benchmark-gone.html", "style.css", "modules/tweeteval/lora/u1/adapter_config.json",
            "junit/TEST-peftu.xml", "results-shard-notes.txt");

    @TempDir
    Path dir;

    private EarlierOutputs outputs;

    @BeforeEach
    void earlierRunLeftItsOutputs() throws IOException {
        for (String name : EARLIER) {
            Path file = dir.resolve(name);
            Files.createDirectories(file.getParent());
            Files.writeString(file, "earlier");
        }
        outputs = new EarlierOutputs(dir.resolve("results.json"), dir);
    }

    @Test
    void aRunOfEveryUserRemovesTheResultsEveryShardsResultsAndTheReportPagesButNothingElse() throws IOException {
        List<Path> removed = outputs.removeBefore(Optional.empty());

        assertThat(removed).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("results.json",
                "results-shard-1-of-3.json", "results-shard-2-of-3.json", "results-shard-1-of-2.json", "index.html",
                "benchmark-tweeteval.html", "benchmark-gone.html");
        assertThat(remaining()).containsExactlyInAnyOrder("style.css", "modules/tweeteval/lora/u1/adapter_config.json",
                "junit/TEST-peftu.xml", "results-shard-notes.txt");
    }

    @Test
    void aShardRunRemovesTheUnshardedResultsItsOwnShardAndTheReportPagesButKeepsTheOtherShards() throws IOException {
        List<Path> removed = outputs.removeBefore(Optional.of(new Shard(2, 3)));

        assertThat(removed).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("results.json",
                "results-shard-2-of-3.json", "index.html", "benchmark-tweeteval.html", "benchmark-gone.html");
        assertThat(remaining()).contains("results-shard-1-of-3.json", "results-shard-1-of-2.json")
                .doesNotContain("results.json", "index.html", "results-shard-2-of-3.json");
    }

    @Test
    void nothingToRemoveInADirectoryThatDoesNotExist() throws IOException {
        Path missing = dir.resolve("never/written");

        assertThat(new EarlierOutputs(missing.resolve("results.json"), missing).removeBefore(Optional.empty())).isEmpty();
    }

    private List<String> remaining() throws IOException {
        try (Stream<Path> files = Files.walk(dir)) {
            return files.filter(Files::isRegularFile).map(file -> dir.relativize(file).toString()).toList();
        }
    }
}
