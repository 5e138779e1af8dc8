package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The anchor table: peftu over plain PyTorch per cohort size, and best against best. */
class AnchorTableTest {

    @Test
    void showsTheRatioPerCohortSizeAndOfTheBestCohortSizes() {
        ThroughputMeasurement alone = new ThroughputMeasurement("lora", 1, 32, 192, 21_000, 16.0, 1, 1);
        ThroughputMeasurement eight = new ThroughputMeasurement("lora", 8, 32, 24, 21_000, 8.0, 1, 1);
        String[] lines = AnchorTable.render(List.of(alone, eight), Map.of(1, 240.0, 8, 320.0, 32, 300.0))
                .split("\n");
        // 32 users in 16 s and in 8 s: 120 and 240 users/min
        assertThat(lines[2]).isEqualTo("| lora | 1 | 120.0 | 240.0 | 0.50x |");
        assertThat(lines[3]).isEqualTo("| lora | 8 | 240.0 | 320.0 | 0.75x |");
        assertThat(lines[4]).isEqualTo("lora best cohort: 240.0 users/min vs PyTorch's best 320.0: 0.75x");
    }

    @Test
    void aMeasurementSurvivesTheWayFromTheChildJvm() {
        ThroughputMeasurement measurement = new ThroughputMeasurement("adapter", 32, 32, 6, 21_345, 7.25, 123, -1);
        assertThat(ForkedConfiguration.decode(ForkedConfiguration.encode(measurement))).isEqualTo(measurement);
    }
}
