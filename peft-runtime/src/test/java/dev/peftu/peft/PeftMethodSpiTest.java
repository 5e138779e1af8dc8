package dev.peftu.peft;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.contenders.Contenders;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.model.BertConfig;
import dev.peftu.results.ContenderKind;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Method authors add a PEFT variant with one class and one services line. */
class PeftMethodSpiTest {

    @Test
    void builtInMethodsAreFoundThroughTheServiceLoader() {
        assertThat(PeftMethods.all().keySet()).contains("lora", "adapter", "pfeiffer", "ia3", "prompt-tuning",
                "prefix-tuning", "p-tuning", "head");
    }

    @Test
    void methodDefinedOnlyInTestCodeIsFoundAndTrainsLikeABuiltInOne() throws Exception {
        assertThat(PeftMethods.byName("value-bias")).isInstanceOf(ValueBiasMethod.class);
        assertThat(Contenders.kindOf("value-bias")).contains(ContenderKind.PEFT);
        PersonalizedDataset dataset = SyntheticTaskGenerator.privateRulesDataset(1);
        try (BaseModel model = BaseModel.embedded(16)) {
            Map<String, String> settings = Map.of("epochs", "1");
            RunContext context = new RunContext(dataset, model, 1, settings, null);
            ContenderResult result = Contenders.create("value-bias", settings).run(context, ProgressListener.NONE);
            assertThat(result.predictionsByUser()).containsOnlyKeys(dataset.users().stream()
                    .map(u -> u.userId()).toList());
            // 6 layers x 384 biases + a 2 x 384 head with 2 biases
            assertThat(result.trainableParameters()).isEqualTo(6 * 384 + 2 * 384 + 2);
        }
    }

    @Test
    void unknownMethodNameListsTheKnownOnes() {
        assertThatThrownBy(() -> Contenders.create("lorra", Map.of()))
                .hasMessageContaining("unknown method 'lorra'").hasMessageContaining("lora");
    }

    @Test
    void unknownSettingIsRejectedBeforeAnyTrainingAndNamesTheKnownOnes() {
        assertThatThrownBy(() -> Contenders.create("lora", Map.of("rank", "4")))
                .hasMessageContaining("method 'lora' has no setting 'rank'").hasMessageContaining("r,");
    }

    @Test
    void malformedSettingNamesTheKeyAndWhatWasExpected() {
        assertThatThrownBy(() -> Contenders.create("lora", Map.of("r", "eight")))
                .hasMessage("lora: setting r=eight: expected a whole number >= 1");
        assertThatThrownBy(() -> Contenders.create("lora", Map.of("dropout", "1.5")))
                .hasMessage("lora: setting dropout=1.5: expected a number in [0, 1)");
    }

    @Test
    void loraDefaultsArePeftUs() {
        MethodSettings settings = MethodSettings.of("lora", new LoraMethod().defaults(), Map.of());
        assertThat(settings.integer(LoraMethod.RANK)).isEqualTo(8);
        assertThat(settings.decimal(LoraMethod.ALPHA)).isEqualTo(32);
        assertThat(settings.decimal(LoraMethod.DROPOUT)).isEqualTo(0.1);
        assertThat(settings.string(LoraMethod.TARGETS)).isEqualTo("auto");
        ConfiguredMethod<LoraConfig> lora = ConfiguredMethod.of(new LoraMethod(), BertConfig.MINILM_L6, settings);
        // auto: HF PEFT's default targets for BERT
        assertThat(lora.config().targetModules()).containsExactly("query", "value");
        // A [8, 384] and B [384, 8] on query and value of 6 layers
        assertThat(lora.parameters().stream().mapToLong(ParameterSpec::size).sum())
                .isEqualTo(6 * 2 * (8 * 384 + 384 * 8));
    }

    @Test
    void adapterDefaultsUseReductionFactorSixteen() {
        MethodSettings settings = MethodSettings.of("adapter", new HoulsbyAdapterMethod().defaults(), Map.of());
        // bottleneck 384 / 16 = 24, after attention and after the feed-forward of 6 layers
        assertThat(ConfiguredMethod.of(new HoulsbyAdapterMethod(), BertConfig.MINILM_L6, settings).parameters().stream()
                .mapToLong(ParameterSpec::size).sum()).isEqualTo(6 * 2 * (24 * 384 + 24 + 384 * 24 + 384));
    }

    @Test
    void loraTargetThatIsNotALinearLayerIsRejected() {
        MethodSettings settings = MethodSettings.of("lora", new LoraMethod().defaults(), Map.of("targets", "querry"));
        assertThatThrownBy(() -> ConfiguredMethod.of(new LoraMethod(), BertConfig.MINILM_L6, settings).parameters())
                .hasMessageStartingWith("target 'querry' matches no linear layer of the bert base model; its layers "
                        + "are [attention.self.query, attention.self.key, attention.self.value, "
                        + "attention.output.dense, intermediate.dense, output.dense]");
    }
}
