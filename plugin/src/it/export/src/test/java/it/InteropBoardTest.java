package it;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;

/** Every built-in PEFT method and the contributed LoRA variants on a board small enough for CI: three users, 40 training and 50 test texts each, one epoch. */
@PeftuBenchmark(name = "interop", seed = 7, epochs = 1)
@PeftuJsonDataset("${peftu.data}/board")
@Method(name = "lora")
@Method(name = "ia3")
@Method(name = "prompt-tuning")
@Method(name = "prefix-tuning")
@Method(name = "p-tuning")
@Method(name = "adapter")
@Method(name = "pfeiffer")
@Method(name = "head")
@Method(name = "dora")
@Method(name = "pissa")
@Method(name = "lora-plus")
@Method(name = "rslora")
class InteropBoardTest {

    @Gate
    void everyMethodFinishes(Leaderboard board) {
        assertThat(board).hasNoFailedMethods();
    }
}
