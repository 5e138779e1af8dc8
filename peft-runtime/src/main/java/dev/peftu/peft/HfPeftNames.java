package dev.peftu.peft;

import dev.peftu.model.Architecture;
import dev.peftu.model.LinearSite;

/**
 * Key names as HF PEFT writes them (for a {@code BertForSequenceClassification} or a
 * {@code LlamaForCausalLM} base alike), so that a
 * module trained here loads in Python with {@code PeftModel.from_pretrained}. HF PEFT wraps the
 * transformers model in a tuner for the methods that change its layers (LoRA, IA3), whose keys
 * start {@value #MODEL}, and not for prompt learning, whose head's keys start
 * {@value #PROMPT_LEARNING_MODEL}.
 */
public final class HfPeftNames {

    /** Prefix of every key of a model wrapped in a tuner (LoRA, IA3). */
    public static final String MODEL = "base_model.model.";
    /** Prefix of the keys of a prompt learning model's own modules, such as its classifier. */
    public static final String PROMPT_LEARNING_MODEL = "base_model.";

    private HfPeftNames() {
    }

    /**
     * Returns the key prefix of a linear layer, e.g.
     * {@code base_model.model.bert.encoder.layer.0.attention.self.query} or
     * {@code base_model.model.model.layers.0.self_attn.q_proj}.
     */
    public static String module(Architecture base, LinearSite site) {
        return MODEL + base.qualifiedPath(site);
    }

    /**
     * Returns the key of the classification head's weight ({@code [labels, hidden]}).
     *
     * @param modelPrefix the method's prefix of the model's keys ({@link PeftConfig#modelPrefix()})
     */
    public static String classifierWeight(String modelPrefix) {
        return modelPrefix + "classifier.weight";
    }

    /**
     * Returns the key of the classification head's bias ({@code [labels]}).
     *
     * @param modelPrefix the method's prefix of the model's keys ({@link PeftConfig#modelPrefix()})
     */
    public static String classifierBias(String modelPrefix) {
        return modelPrefix + "classifier.bias";
    }
}
