/**
 * Parameter-efficient fine-tuning methods and the service provider interface for adding more.
 * A {@link dev.peftu.peft.PeftMethod} declares one user's parameters under the key names HF PEFT
 * writes, and turns a batch's per-row parameters into an injection into the frozen encoder. The
 * built-in methods are LoRA, Houlsby and Pfeiffer adapters, IA3, prompt tuning, p-tuning, prefix
 * tuning and a personal head, with PEFT-U's defaults; every method's configuration is plain string data
 * ({@link dev.peftu.peft.MethodSettings}).
 */
package dev.peftu.peft;
