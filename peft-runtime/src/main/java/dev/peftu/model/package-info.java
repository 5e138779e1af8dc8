/**
 * The frozen base model: a BERT-family encoder written with DJL operations, its tokenizer, and
 * the two ways to load one, the embedded all-MiniLM-L6-v2 (read straight from the ONNX file in
 * a Maven Central artifact) and any Hugging Face format directory. The encoder exposes named
 * injection points ({@link dev.peftu.model.Injection}) through which parameter-efficient methods
 * change its forward pass, row by row, without touching its weights; {@link dev.peftu.model.DjlRuntime}
 * keeps DJL offline and picks the device at run time.
 *
 * <p>It also holds the frozen causal language models of the Llama family (Llama, Mistral, Qwen2,
 * Qwen3): {@link dev.peftu.model.CausalLmConfig} read from a Hugging Face {@code config.json},
 * {@link dev.peftu.model.CausalLmDirectory} with its single or sharded F32, BF16 or F16 weights,
 * and {@link dev.peftu.model.CausalLm}, their forward pass to logits through the same injection
 * points. {@link dev.peftu.model.BaseModel#architectureOf} reads either family's architecture.
 *
 * <p>On a causal LM a label is scored by the log-likelihood of its words after a prompt:
 * {@link dev.peftu.model.PromptEncoder} fills a task's template, fits demonstrations and the text
 * to the token budget and encodes each label's words, and {@link dev.peftu.model.LabelLikelihood}
 * scores every label of a batch of prompts in one pass.
 */
package dev.peftu.model;
