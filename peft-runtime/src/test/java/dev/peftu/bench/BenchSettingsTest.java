package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The benchmark's setting overrides, as its properties and the profiler's arguments give them. */
class BenchSettingsTest {

    @Test
    void readsKeyValuePairsKeepingEverythingAfterTheFirstEqualsSign() {
        assertThat(TrainingThroughputBenchmark.overrides(List.of("dropout=0", " r = 16 ", "targets=a=b")))
                .containsExactly(Map.entry("dropout", "0"), Map.entry("r", "16"), Map.entry("targets", "a=b"));
    }

    @Test
    void rejectsASettingWithoutKeyOrValueNamingIt() {
        assertThatThrownBy(() -> TrainingThroughputBenchmark.overrides(List.of("dropout")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'dropout' should be KEY=VALUE");
        assertThatThrownBy(() -> TrainingThroughputBenchmark.overrides(List.of("=0")))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'=0'");
    }

    @Test
    void aMethodWithoutItsPropertyRunsAtItsDefaults() {
        assertThat(TrainingThroughputBenchmark.settings("no-such-method")).isEmpty();
    }
}
