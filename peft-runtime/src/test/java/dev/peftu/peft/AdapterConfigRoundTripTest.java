package dev.peftu.peft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.BertConfig;
import dev.peftu.model.HostTensor;
import dev.peftu.store.ModuleStore;
import dev.peftu.store.StoredModule;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every method's typed configuration writes its {@code adapter_config.json} through the module
 * store and reads it back from the file as an equal configuration, with settings away from
 * their defaults where the method has any.
 */
class AdapterConfigRoundTripTest {

    @TempDir
    Path store;

    static Stream<Arguments> everyMethodWithSettings() {
        Map<String, Map<String, String>> settings = Map.of(
                "lora", Map.of("r", "4", "alpha", "12.5", "dropout", "0", "targets", "query,intermediate.dense"),
                "adapter", Map.of("reductionFactor", "8"),
                "pfeiffer", Map.of("reductionFactor", "32"),
                "prompt-tuning", Map.of("virtualTokens", "5"),
                "prefix-tuning", Map.of("virtualTokens", "7"),
                "p-tuning", Map.of("virtualTokens", "3", "encoderHiddenSize", "64"));
        return PeftMethods.all().values().stream()
                .map(method -> Arguments.of(method.name(), settings.getOrDefault(method.name(), Map.of())));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("everyMethodWithSettings")
    void adapterConfigWrittenToTheStoreReadsBackAsTheSameConfiguration(String name, Map<String, String> overrides)
            throws Exception {
        ConfiguredMethod<?> configured = configured(PeftMethods.byName(name), overrides);
        ModuleStore modules = new ModuleStore(store);
        modules.save(name, "u1", configured.adapterConfig(), Map.of("w", new HostTensor(new long[] {1}, new float[] {1})),
                "fingerprint");

        StoredModule stored = modules.load(name, "u1");
        PeftConfig read = configured.method().fromAdapterConfig(stored.adapterConfig());

        assertThat(read).isEqualTo(configured.config());
        assertThat(read.adapterConfig()).isEqualTo(stored.adapterConfig());
        configured.requireStored(stored.adapterConfig());
    }

    @Test
    void settingsAwayFromTheDefaultsReachTheFile() {
        Map<String, Object> json = configured(new LoraMethod(), Map.of("r", "4", "alpha", "12.5")).adapterConfig();

        assertThat(json).containsEntry("peft_type", "LORA").containsEntry("r", 4).containsEntry("lora_alpha", 12.5);
        assertThat(configured(new PTuningMethod(), Map.of()).adapterConfig())
                .containsEntry("encoder_hidden_size", BertConfig.MINILM_L6.hiddenSize());
    }

    @Test
    void configurationOfAnotherMethodIsRejectedNamingPeftType() {
        Map<String, Object> lora = configured(new LoraMethod(), Map.of()).adapterConfig();

        assertThatThrownBy(() -> new Ia3Method().fromAdapterConfig(lora))
                .hasMessage("adapter_config.json: field peft_type: expected IA3, found LORA");
        Map<String, Object> houlsby = configured(new HoulsbyAdapterMethod(), Map.of()).adapterConfig();
        assertThatThrownBy(() -> new PfeifferAdapterMethod().fromAdapterConfig(houlsby))
                .hasMessage("adapter_config.json: field adapter_name=adapter: expected pfeiffer");
    }

    @Test
    void malformedOrMissingFieldIsRejectedNamingIt() {
        Map<String, Object> lora = new HashMap<>(configured(new LoraMethod(), Map.of()).adapterConfig());
        lora.put("r", "eight");
        assertThatThrownBy(() -> new LoraMethod().fromAdapterConfig(lora))
                .hasMessage("adapter_config.json: field r=eight: expected a whole number >= 1");
        lora.remove("r");
        assertThatThrownBy(() -> new LoraMethod().fromAdapterConfig(lora))
                .hasMessage("adapter_config.json: field r is missing");
    }

    @Test
    void storedConfigurationOfOtherSettingsIsRefused() {
        Map<String, Object> rank4 = configured(new LoraMethod(), Map.of("r", "4")).adapterConfig();

        assertThatThrownBy(() -> configured(new LoraMethod(), Map.of()).requireStored(rank4))
                .hasMessageStartingWith("it holds LoraConfig[r=4,")
                .hasMessageContaining("but the settings give LoraConfig[r=8,");
    }

    private static <C extends PeftConfig> ConfiguredMethod<C> configured(PeftMethod<C> method,
                                                                       Map<String, String> overrides) {
        return ConfiguredMethod.of(method, BertConfig.MINILM_L6,
                MethodSettings.of(method.name(), method.defaults(), overrides));
    }
}
