package dev.peftu.example;

import static dev.peftu.api.PeftuAssertions.assertThat;

import dev.peftu.api.Gate;
import dev.peftu.api.Leaderboard;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.Prompt;
import dev.peftu.api.SyntheticDataset;

/**
 * The generated subjective task on a generative base model, as PEFT-U and OPPU run it: per-user
 * LoRA, IA3 and prompt tuning trained with the language-modelling loss of the label's words,
 * against prompting the frozen model (zero-shot, few-shot with the user's own examples, and a
 * BM25-retrieved prompt). Runs only with {@code -Dpeftu.models=<a causal LM directory>} (such as
 * Qwen2.5-0.5B, fetched once as the README's "Generative base models" says); skipped otherwise.
 */
@PeftuBenchmark(name = "subjective-task-generative", seed = 42, epochs = 2, baseModel = "${peftu.models}",
        requires = "peftu.models")
@SyntheticDataset(users = 8, texts = 200)
@Prompt(template = "Would this annotator call the post offensive?\nPost: {text}\nAnswer:",
        verbalizations = {"offensive= yes", "fine= no"})
@Method(name = "lora")
@Method(name = "ia3")
@Method(name = "prompt-tuning")
@Method(name = "zero-shot")
@Method(name = "few-shot")
@Method(name = "retrieval-prompt")
@Method(name = "majority")
class GenerativeBenchmark {

    @Gate
    void everyContenderFinishes(Leaderboard board) {
        assertThat(board).hasNoFailedMethods();
    }
}
