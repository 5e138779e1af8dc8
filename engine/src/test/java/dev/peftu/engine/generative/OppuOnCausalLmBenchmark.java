package dev.peftu.engine.generative;

import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.Prompt;
import dev.peftu.api.SyntheticDataset;

/** OPPU's two stages and its retrieved history on the tiny random llama of {@code ${peftu.models}}. */
@PeftuBenchmark(name = "oppu-on-causal-lm", seed = 9, baseModel = "${peftu.models}", requires = "peftu.models")
@SyntheticDataset(users = 3, texts = 20)
@Prompt(template = "Post: {text}\nLabel: ")
@Method(name = "lora", label = "oppu", settings = {"epochs=1", "taskModule=lora"})
@Method(name = "lora", label = "oppu-rag2", settings = {"epochs=1", "taskModule=lora", "retrieve=2"})
public class OppuOnCausalLmBenchmark {
}
