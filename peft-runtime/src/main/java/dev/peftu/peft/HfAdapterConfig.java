package dev.peftu.peft;

import dev.peftu.model.BertConfig;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The fields every HF PEFT {@code adapter_config.json} written here shares. */
final class HfAdapterConfig {

    private HfAdapterConfig() {
    }

    static Map<String, Object> common(String peftType) {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put("peft_type", peftType);
        config.put("task_type", "SEQ_CLS");
        config.put("inference_mode", true);
        config.put("modules_to_save", List.of("classifier"));
        return config;
    }

    /** The fields HF PEFT's prompt learning configs share (prompt tuning, p-tuning, prefix tuning). */
    static Map<String, Object> promptLearning(String peftType, int virtualTokens, BertConfig base) {
        Map<String, Object> config = common(peftType);
        config.put("num_virtual_tokens", virtualTokens);
        config.put("token_dim", base.hiddenSize());
        config.put("num_transformer_submodules", 1);
        config.put("num_attention_heads", base.heads());
        config.put("num_layers", base.layers());
        return config;
    }
}
