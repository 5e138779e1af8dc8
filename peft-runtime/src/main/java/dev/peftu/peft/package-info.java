/**
 * Parameter-efficient fine-tuning methods. A {@link dev.peftu.peft.PeftMethod} is a contender
 * provider: it parses its settings once into a typed {@link dev.peftu.peft.PeftConfig} record that
 * writes (and reads back) the module's {@code adapter_config.json}, declares one user's parameters
 * under the key names HF PEFT writes, and turns a batch's per-row parameters into an injection into
 * the frozen encoder; {@link dev.peftu.peft.ConfiguredMethod} binds a method to its configuration
 * for the trainer. The built-in methods are LoRA, Houlsby and Pfeiffer adapters, IA3, prompt
 * tuning, p-tuning, prefix tuning and a personal head, with PEFT-U's defaults.
 */
package dev.peftu.peft;
