package dev.peftu.peft;

import dev.peftu.model.Architecture;
import java.util.List;
import java.util.Map;

/**
 * HF PEFT's default target modules per {@code model_type} (its {@code peft.utils.constants}
 * tables, checked against peft 0.21), so that a method left at {@code targets=auto} adapts what HF
 * PEFT would on the same model. Targets match module paths as {@link TargetModules} describes.
 */
public final class DefaultTargets {

    private static final List<String> LLAMA_IA3 = List.of("k_proj", "v_proj", "down_proj");
    private static final List<String> QWEN_IA3 = List.of("q_proj", "v_proj", "down_proj");
    private static final Map<String, List<String>> LORA = Map.of(
            "bert", List.of("query", "value"),
            "llama", List.of("q_proj", "v_proj"),
            "mistral", List.of("q_proj", "v_proj"),
            "qwen2", List.of("q_proj", "v_proj"),
            "qwen3", List.of("q_proj", "v_proj"));
    private static final Map<String, List<String>> IA3 = Map.of(
            "bert", List.of("key", "value", "output.dense"),
            "llama", LLAMA_IA3,
            "mistral", LLAMA_IA3,
            "qwen2", QWEN_IA3,
            "qwen3", QWEN_IA3);
    private static final Map<String, List<String>> IA3_FEED_FORWARD = Map.of(
            "bert", List.of("output.dense"),
            "llama", List.of("down_proj"),
            "mistral", List.of("down_proj"),
            "qwen2", List.of("down_proj"),
            "qwen3", List.of("down_proj"));

    private DefaultTargets() {
    }

    /** Returns LoRA's (and its variants') default targets on a base model. */
    public static List<String> lora(Architecture base) {
        return lookUp(LORA, base, "LoRA");
    }

    /** Returns IA3's default targets on a base model. */
    public static List<String> ia3(Architecture base) {
        return lookUp(IA3, base, "IA3");
    }

    /** Returns those of IA3's default targets whose input, not output, IA3 rescales. */
    public static List<String> ia3FeedForward(Architecture base) {
        return lookUp(IA3_FEED_FORWARD, base, "IA3");
    }

    private static List<String> lookUp(Map<String, List<String>> table, Architecture base, String method) {
        List<String> targets = table.get(base.modelType());
        if (targets == null) {
            throw new IllegalArgumentException("no default " + method + " targets for model_type '" + base.modelType()
                    + "' (known: " + new java.util.TreeSet<>(table.keySet()) + "); name the targets in the settings");
        }
        return targets;
    }
}
