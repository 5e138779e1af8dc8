package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The benchmark's table: one row per configuration, rates derived from the raw counts. */
class MarkdownTableTest {

    @Test
    void rendersOneRowPerMeasurementWithRatesPerSecondAndMinute() {
        long megabyte = 1024 * 1024;
        ThroughputMeasurement measurement =
                new ThroughputMeasurement("lora", 8, 32, 24, 21_000, 8.0, 300 * megabyte, -1);
        String[] lines = MarkdownTable.render(List.of(measurement, measurement)).split("\n");
        assertThat(lines).hasSize(4);
        assertThat(lines[0]).isEqualTo(
                "| method | cohort | users | steps | tokens/s | users/min | heap peak MB | RSS peak MB |");
        // 21,000 tokens and 32 users in 8 s; an unknown RSS shows as n/a
        assertThat(lines[2]).isEqualTo("| lora | 8 | 32 | 24 | 2625 | 240.0 | 300 | n/a |");
    }
}
