package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The result lines of the causal-LM benchmark's Python anchors. */
class CausalAnchorRunTest {

    @Test
    void readsAResultLineWhateverTheOrderOfItsFields() {
        assertThat(CausalAnchorRun.parse("RESULT anchor=torch cohort=8 users=32 steps=24 tokens=50688"
                + " seconds=12.5 rss_peak_bytes=1048576 extra=ignored"))
                .contains(new ThroughputMeasurement("torch", 8, 32, 24, 50_688, 12.5, -1, 1_048_576));
        assertThat(CausalAnchorRun.parse("RESULT seconds=2 rss_peak_bytes=5 tokens=10 steps=1 users=1 cohort=1"
                + " anchor=hf-peft")).contains(new ThroughputMeasurement("hf-peft", 1, 1, 1, 10, 2, -1, 5));
    }

    @Test
    void otherLinesAreNoResult() {
        assertThat(CausalAnchorRun.parse("torch cohort=8: 32 users ... 12.5 users/min")).isEmpty();
    }

    @Test
    void aResultLineMissingAFieldOrWithABadNumberIsNamed() {
        assertThatThrownBy(() -> CausalAnchorRun.parse("RESULT anchor=torch cohort=8 users=32 steps=24 tokens=1"
                + " seconds=12.5")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no rss_peak_bytes=");
        assertThatThrownBy(() -> CausalAnchorRun.parse("RESULT anchor=torch cohort=eight users=32 steps=24 tokens=1"
                + " seconds=12.5 rss_peak_bytes=1")).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("malformed number");
    }
}
