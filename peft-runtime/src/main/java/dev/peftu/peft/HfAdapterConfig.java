package dev.peftu.peft;

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
}
