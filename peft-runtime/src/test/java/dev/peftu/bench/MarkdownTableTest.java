package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's table: one row per configuration, rates of the median round derived from the raw counts. */
class MarkdownTableTest {

    @Test
    void rendersOneRowPerConfigurationWithTheMedianRoundsRatesAndTheWorstPeaks() {
        long megabyte = 1024 * 1024;
        ThroughputMeasurement slow = new ThroughputMeasurement("lora", 8, 32, 24, 21_000, 16.0, 300 * megabyte, -1);
        ThroughputMeasurement median = new ThroughputMeasurement("lora", 8, 32, 24, 21_000, 8.0, 200 * megabyte, -1);
        ThroughputMeasurement fast = new ThroughputMeasurement("lora", 8, 32, 24, 21_000, 6.4, 100 * megabyte, -1);
        MeasuredRounds rounds = new MeasuredRounds(List.of(slow, median, fast));
        String[] lines = MarkdownTable.render(List.of(rounds, rounds)).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo("| method | cohort | users | steps | tokens/s | users/min | users/min per round"
                + " | heap peak MB | RSS peak MB |");
        // the median round: 21,000 tokens and 32 users in 8 s; the heap peak of the worst round;
        // an unknown RSS shows as n/a
        assertThat(lines[2]).isEqualTo("| lora | 8 | 32 | 24 | 2625 | 240.0 | 120.0 / 240.0 / 300.0 | 300 | n/a |");
    }

    @Test
    void theMedianOfAnEvenCountIsTheLowerMiddleValue() {
        assertThat(MeasuredRounds.median(List.of(4.0, 1.0, 3.0, 2.0))).isEqualTo(2.0);
        assertThat(MeasuredRounds.median(List.of(5.0))).isEqualTo(5.0);
    }
}
