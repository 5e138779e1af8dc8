package it;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;
import dev.peftu.api.Prompt;

/**
 * The PEFT methods and the prompting baselines on a random llama the interop check wrote with
 * transformers: the export project's board (three users, 40 training and 50 test texts each), one epoch.
 */
@PeftuBenchmark(name = "generative", seed = 7, epochs = 1, baseModel = "${peftu.models}", requires = "peftu.models")
@PeftuJsonDataset("${peftu.data}/board")
@Prompt(template = "{instruction}\nPost: {text}\nAnswer:", verbalizations = {"offensive= yes", "fine= no"})
@Method(name = "lora")
@Method(name = "ia3")
@Method(name = "prompt-tuning")
@Method(name = "prefix-tuning")
@Method(name = "p-tuning")
@Method(name = "zero-shot")
@Method(name = "few-shot", settings = "k=2")
@Method(name = "retrieval-prompt", settings = "k=2")
class GenerativeBoardTest {

    @Gate
    void everyContenderFinishes(Leaderboard board) {
        assertThat(board).hasNoFailedMethods();
    }
}
