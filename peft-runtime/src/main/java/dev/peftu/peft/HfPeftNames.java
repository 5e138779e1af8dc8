package dev.peftu.peft;

import dev.peftu.model.LinearSite;

/**
 * Key names as HF PEFT writes them for a {@code BertForSequenceClassification} base, so that a
 * module trained here loads in Python with {@code PeftModel.from_pretrained}.
 */
public final class HfPeftNames {

    /** Prefix of every key of the wrapped model. */
    public static final String MODEL = "base_model.model.";

    private HfPeftNames() {
    }

    /** Returns the key prefix of a linear layer, e.g. {@code base_model.model.bert.encoder.layer.0.attention.self.query}. */
    public static String module(LinearSite site) {
        return MODEL + "bert." + site.modulePath();
    }

    /** Returns the key of the classification head's weight ({@code [labels, hidden]}). */
    public static String classifierWeight() {
        return MODEL + "classifier.weight";
    }

    /** Returns the key of the classification head's bias ({@code [labels]}). */
    public static String classifierBias() {
        return MODEL + "classifier.bias";
    }
}
