package dev.peftu.engine.specs;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.Prompt;
import dev.peftu.api.SyntheticDataset;

/**
 * Every kind of contender a causal LM runs: PEFT methods trained with the language-modelling loss
 * and the true prompting baselines, on the tiny random llama of {@code ${peftu.models}}.
 */
@PeftuBenchmark(name = "generative-board", seed = 5, baseModel = "${peftu.models}", requires = "peftu.models")
@SyntheticDataset(users = 3, texts = 20)
@Prompt(template = "{instruction}\nPost: {text}\nLabel: ", verbalizations = "fine=okay")
@Method(name = "lora", settings = "epochs=1")
@Method(name = "ia3", settings = "epochs=1")
@Method(name = "prompt-tuning", settings = "epochs=1")
@Method(name = "zero-shot")
@Method(name = "few-shot", settings = "k=2")
@Method(name = "retrieval-prompt", settings = "k=2")
public class GenerativeBoardBenchmark {
}
