package dev.peftu.peft;

import java.util.List;
import java.util.Map;

/**
 * IA3's settings, as HF PEFT's {@code IA3Config} records them: the modules whose outputs (keys,
 * values) or inputs (the feed-forward modules) are rescaled. IA3 has no tunable setting of its
 * own here, so its configuration is HF PEFT's default for the base model; on BERT,
 * {@code output.dense} matches both the attention's and the feed-forward's output layer, as HF
 * PEFT matches targets by the end of a module's path.
 *
 * @param targetModules the rescaled modules
 * @param feedforwardModules those of the target modules whose input is rescaled
 */
public record Ia3Config(List<String> targetModules, List<String> feedforwardModules) implements PeftConfig {

    /** Copies the lists. */
    public Ia3Config {
        targetModules = List.copyOf(targetModules);
        feedforwardModules = List.copyOf(feedforwardModules);
    }

    @Override
    public Map<String, Object> adapterConfig() {
        Map<String, Object> config = HfAdapterConfig.common("IA3");
        config.put("target_modules", targetModules);
        config.put("feedforward_modules", feedforwardModules);
        config.put("fan_in_fan_out", false);
        return config;
    }

    /** Reads the configuration back from its {@code adapter_config.json} content. */
    static Ia3Config read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "IA3");
        return new Ia3Config(reader.strings("target_modules"), reader.strings("feedforward_modules"));
    }
}
