/**
 * Four LoRA variants written the way a third party contributes a PEFT method: only against peftu's
 * public SPI ({@code dev.peftu.peft}, {@code dev.peftu.eval} and the model contract
 * {@code Architecture}, {@code FrozenWeights}, {@code Injection}), each a method, its typed
 * configuration and a line in {@code META-INF/services/dev.peftu.eval.ContenderProvider}:
 * {@code dora} (a trained magnitude per output), {@code pissa} (start at the frozen weight's
 * principal part), {@code lora-plus} (B at a multiple of A's learning rate) and {@code rslora}
 * (scaling by {@code alpha / sqrt(r)}). Each stores what HF PEFT stores for it, so its modules load
 * with {@code PeftModel.from_pretrained}.
 */
package dev.peftu.variants;
