package dev.peftu.bench;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The causal-LM benchmark's table: every row's ratios to both anchors, and the targets. */
class CausalBenchTableTest {

    private static final long MB = 1024 * 1024;

    /** 32 users in the given seconds: 32 users x 60 / seconds per minute. */
    private static MeasuredRounds rounds(String method, int cohort, double... seconds) {
        return new MeasuredRounds(java.util.Arrays.stream(seconds)
                .mapToObj(s -> new ThroughputMeasurement(method, cohort, 32, 10, 48_000, s, -1, 500 * MB)).toList());
    }

    @Test
    void everyRowComparesWithBothAnchors() {
        List<MeasuredRounds> peftu = List.of(rounds("lora", 1, 64), rounds("lora", 8, 16));
        Optional<MeasuredRounds> hf = Optional.of(rounds("hf-peft", 1, 48));
        List<MeasuredRounds> torch = List.of(rounds("torch", 1, 32), rounds("torch", 8, 15));
        String[] lines = CausalBenchTable.render(peftu, hf, torch).split("\n");
        assertThat(lines).hasSize(7);
        assertThat(lines[0]).isEqualTo("| configuration | users/min | users/min per round | tokens/s | RSS peak MB"
                + " | vs (a) | vs (b) best | vs (b) same cohort |");
        // 32 users in 64 s: 30 users/min, 750 tokens/s; (a) 40 users/min; (b) best 128 users/min, cohort 1 at 60
        assertThat(lines[2]).isEqualTo("| peftu LoRA, cohort 1 | 30.0 | 30.0 | 750 | 500 | 0.75x | 0.23x | 0.50x |");
        assertThat(lines[3]).isEqualTo("| peftu LoRA, cohort 8 | 120.0 | 120.0 | 3000 | 500 | 3.00x | 0.94x | 0.94x |");
        assertThat(lines[4]).isEqualTo("| (a) HF transformers + peft, one user at a time | 40.0 | 40.0 | 1000 | 500"
                + " | 1.00x | 0.31x |  |");
        assertThat(lines[6]).startsWith("| (b) plain PyTorch, cohort 8 | 128.0 |");
    }

    @Test
    void theVerdictComparesTheBestCohortsWithTheTargets() {
        List<MeasuredRounds> peftu = List.of(rounds("lora", 1, 64), rounds("lora", 8, 16));
        String verdict = CausalBenchTable.verdict(peftu, Optional.of(rounds("hf-peft", 1, 48)),
                List.of(rounds("torch", 8, 15)));
        assertThat(verdict.split("\n")).containsExactly(
                "peftu's best, cohort 8 at 120.0 users/min: 3.00x (a) (HF + peft, one user at a time) at 40.0"
                        + " users/min; target >= 2.0x: met",
                "peftu's best, cohort 8 at 120.0 users/min: 0.94x (b)'s best (plain PyTorch, cohort 8) at 128.0"
                        + " users/min; target >= 0.9x: met");
        assertThat(CausalBenchTable.verdict(peftu, Optional.of(rounds("hf-peft", 1, 30)), List.of()))
                .contains("target >= 2.0x: NOT met").contains("(b) did not run, so the target >= 0.9x (b) is unchecked");
    }

    @Test
    void withoutAnchorsTheRatiosAreNotAvailableAndTheMedianRoundCounts() {
        String[] lines = CausalBenchTable.render(List.of(rounds("lora", 4, 64, 16, 32)), Optional.empty(), List.of())
                .split("\n");
        assertThat(lines).hasSize(3);
        assertThat(lines[2]).isEqualTo("| peftu LoRA, cohort 4 | 60.0 | 30.0 / 120.0 / 60.0 | 1500 | 500 | n/a | n/a"
                + " |  |");
    }
}
