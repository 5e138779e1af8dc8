package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.model.CausalLmDirectory;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The causal-LM benchmark's cohort sizes, its busy-machine warning and the parameter count it prints. */
class CausalBenchSettingsTest {

    @Test
    void readsCohortSizesInOrderWithoutRepeats() {
        assertThat(CausalTrainingThroughputBenchmark.cohorts("1,8, 16 ,32,8")).containsExactly(1, 8, 16, 32);
        assertThatThrownBy(() -> CausalTrainingThroughputBenchmark.cohorts("1,0"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'1,0'");
        assertThatThrownBy(() -> CausalTrainingThroughputBenchmark.cohorts("1,,8"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("e.g. 1,8,16,32");
    }

    @Test
    void aMachineIsBusyWhenTheLastMinutesLoadExceedsItsCores() {
        assertThat(CausalTrainingThroughputBenchmark.busy("5.84 5.40 3.91", 2)).isTrue();
        assertThat(CausalTrainingThroughputBenchmark.busy("1.90 2.40 3.91", 2)).isFalse();
        assertThat(CausalTrainingThroughputBenchmark.busy("unknown (/proc/loadavg unreadable)", 2)).isFalse();
    }

    /** The counts transformers gives for the fixtures: sum(p.numel() for p in model.parameters()). */
    @ParameterizedTest
    @CsvSource({"llama, 94528", "mistral, 115008", "qwen2, 94784", "qwen3, 127392"})
    void countsParametersAsTransformersDoes(String fixture, long expected) throws Exception {
        Path directory = Path.of(CausalBenchSettingsTest.class.getResource("/causal/" + fixture).toURI());
        assertThat(CausalTrainingThroughputBenchmark.parameters(CausalLmDirectory.open(directory).config()))
                .isEqualTo(expected);
    }
}
