package dev.peftu.peft;

import java.util.List;
import java.util.Map;

/**
 * IA3's settings, as HF PEFT's {@code IA3Config} records them: the modules whose outputs (keys,
 * values) or inputs (the feed-forward modules) are rescaled. IA3 has no tunable setting of its
 * own here, so there is one configuration: HF PEFT's default for BERT, whose {@code output.dense}
 * matches both the attention's and the feed-forward's output layer, as HF PEFT matches targets
 * by the end of a module's path.
 *
 * @param targetModules the rescaled modules
 * @param feedforwardModules those of the target modules whose input is rescaled
 */
public record Ia3Config(List<String> targetModules, List<String> feedforwardModules) implements PeftConfig {

    /** The one configuration: keys and values, and the inputs of both output layers. */
    static final Ia3Config STANDARD = new Ia3Config(List.of("key", "value", "output.dense"), List.of("output.dense"));

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

    /** Reads the configuration back, which must be the one this IA3 applies. */
    static Ia3Config read(Map<String, Object> adapterConfig) {
        AdapterConfigReader reader = new AdapterConfigReader(adapterConfig, "IA3");
        reader.require("target_modules", STANDARD.targetModules());
        reader.require("feedforward_modules", STANDARD.feedforwardModules());
        return STANDARD;
    }
}
