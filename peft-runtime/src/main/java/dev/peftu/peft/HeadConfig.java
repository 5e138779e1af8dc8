package dev.peftu.peft;

import java.util.Map;

/**
 * The personal head's configuration: it has no setting of its own (the head's learning rate is
 * the trainer's), and no HF PEFT type, so its {@code adapter_config.json} says {@code HEAD_ONLY}
 * and keeps the classifier.
 */
public record HeadConfig() implements PeftConfig {

    private static final String TYPE = "HEAD_ONLY";

    @Override
    public Map<String, Object> adapterConfig() {
        return HfAdapterConfig.common(TYPE);
    }

    /** Reads the configuration back from its {@code adapter_config.json} content. */
    static HeadConfig read(Map<String, Object> adapterConfig) {
        new AdapterConfigReader(adapterConfig, TYPE);
        return new HeadConfig();
    }
}
