package dev.peftu.results;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The shard value shared by the engine, the results file and the plugin. */
class ShardTest {

    @Test
    void readsIOfNWithSpacesAroundTheNumbers() {
        assertThat(Shard.parse("2/4")).isEqualTo(new Shard(2, 4));
        assertThat(Shard.parse(" 3 / 3 ")).isEqualTo(new Shard(3, 3));
        assertThat(Shard.parse("1/1").toString()).isEqualTo("1/1");
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "2", "0/3", "4/3", "-1/3", "1/0", "a/b", "1/2/3", "1/", "/2"})
    void rejectsAnythingButIOfNWithIBetweenOneAndN(String text) {
        assertThatThrownBy(() -> Shard.parse(text)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("expected i/n with 1 <= i <= n");
    }

    @Test
    void namesItsResultsFileAfterIndexAndCount() {
        assertThat(new Shard(2, 4).resultsFileName()).isEqualTo("results-shard-2-of-4.json");
    }

    @Test
    void recognisesAnyShardsResultsFileNameAndNothingElse() {
        assertThat(Shard.isResultsFileName(new Shard(3, 12).resultsFileName())).isTrue();
        assertThat(Shard.isResultsFileName("results.json")).isFalse();
        assertThat(Shard.isResultsFileName("results-shard-2-of-4.json.bak")).isFalse();
        assertThat(Shard.isResultsFileName(".results-shard-2-of-4.json.123.tmp")).isFalse();
    }

    @Test
    void theShardsOfARunHoldEveryHashExactlyOnce() {
        SplittableRandom random = new SplittableRandom(7);
        int[] held = new int[3];
        for (int i = 0; i < 3_000; i++) {
            long hash = random.nextLong();
            int holders = 0;
            for (int index = 1; index <= 3; index++) {
                if (new Shard(index, 3).holds(hash)) {
                    holders++;
                    held[index - 1]++;
                }
            }
            assertThat(holders).as("hash %x", hash).isEqualTo(1);
        }
        // hashes read as unsigned numbers spread evenly: about 1,000 each
        for (int count : held) {
            assertThat(count).isBetween(900, 1_100);
        }
    }

    @Test
    void runMetadataRejectsAMalformedShardNamingTheFieldAndWritesOthersAsIOfN() {
        assertThatThrownBy(() -> new RunMetadata("cpu()", "model", Map.of(), Instant.EPOCH, 1.0, "3/2"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("shard: ")
                .hasMessageContaining("3/2");
        RunMetadata spaced = new RunMetadata("cpu()", "model", Map.of(), Instant.EPOCH, 1.0, " 2 / 3");
        assertThat(spaced.shardOf()).hasValue(new Shard(2, 3));
        assertThat(spaced.shard()).isEqualTo("2/3");
    }
}
