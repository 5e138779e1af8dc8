package dev.peftu.peft;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.index.NDIndex;
import dev.peftu.model.BaseModel;
import dev.peftu.model.BertConfig;
import dev.peftu.model.EncodedBatch;
import dev.peftu.model.HostTensor;
import dev.peftu.model.Injection;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Where each method enters the real MiniLM encoder, checked against the plain forward pass. */
class MethodPlacementTest {

    private static final String SHORT = "the match was great";
    private static final String LONG = "the concert in the old town hall bored everyone to tears";
    private static BaseModel model;

    @BeforeAll
    static void load() {
        model = BaseModel.embedded(32);
    }

    @AfterAll
    static void close() {
        model.close();
    }

    private static float[] forward(NDManager step, List<long[]> texts, Injection injection, int row, int tokens) {
        NDArray hidden = model.encoder().forward(step, EncodedBatch.pad(step, texts), injection);
        return hidden.get(new NDIndex("{}, 0:{}", row, tokens)).toFloatArray();
    }

    private static double maxDifference(float[] expected, float[] actual) {
        assertThat(actual).hasSameSizeAs(expected);
        double worst = 0;
        for (int i = 0; i < expected.length; i++) {
            worst = Math.max(worst, Math.abs(expected[i] - actual[i]));
        }
        return worst;
    }

    @ParameterizedTest
    @ValueSource(strings = {"lora", "adapter", "pfeiffer", "ia3"})
    void newModuleLeavesTheEncoderUnchanged(String name) {
        // LoRA's B, the adapters' up-projections start at zero, IA3's scales at one
        PeftMethod<?> method = PeftMethods.byName(name);
        ConfiguredMethod<?> configured = FixedParameters.configured(method, BertConfig.MINILM_L6, Map.of("targets", "query,key,value,attention.output.dense,intermediate.dense,output.dense")
                .entrySet().stream().filter(e -> method.defaults().containsKey(e.getKey()))
                .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
        long[] text = model.tokenIds(LONG);
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            float[] base = forward(step, List.of(text), Injection.NONE, 0, text.length);
            FixedParameters parameters = FixedParameters.drawn(step, configured.parameters(),
                    new long[] {5}, null);
            float[] adapted = forward(step, List.of(text),
                    configured.attach(model.frozenWeights(), parameters), 0, text.length);
            double difference = maxDifference(base, adapted);
            System.out.printf("%s at its start vs base: max |difference| %.2e%n", name, difference);
            assertThat(difference).isLessThanOrEqualTo(1e-6);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"prompt-tuning", "prefix-tuning", "p-tuning"})
    void paddingAndOtherRowsOfTheBatchDoNotChangeARow(String name) {
        PeftMethod<?> method = PeftMethods.byName(name);
        ConfiguredMethod<?> configured = FixedParameters.configured(method, BertConfig.MINILM_L6, Map.of("virtualTokens", "3"));
        List<ParameterSpec> specs = configured.parameters();
        long[] shortText = model.tokenIds(SHORT);
        long[] longText = model.tokenIds(LONG);
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            Injection alone = configured.attach(model.frozenWeights(), FixedParameters.drawn(step, specs, new long[] {1}, null));
            float[] expected = forward(step, List.of(shortText), alone, 0, shortText.length);
            // the short text padded to the long one's length, beside another user's row
            Injection together = configured.attach(model.frozenWeights(), FixedParameters.drawn(step, specs, new long[] {1, 2}, null));
            float[] actual = forward(step, List.of(shortText, longText), together, 0, shortText.length);
            double difference = maxDifference(expected, actual);
            System.out.printf("%s row alone vs padded in a batch: max |difference| %.2e%n", name, difference);
            assertThat(difference).isLessThanOrEqualTo(1e-5);
            // and the user's virtual tokens do change the row
            float[] plain = forward(step, List.of(shortText), Injection.NONE, 0, shortText.length);
            assertThat(maxDifference(plain, expected)).isGreaterThan(1e-3);
        }
    }

    @Test
    void pfeifferAdapterKeepsItsPlaceWhenStackedOverOrUnderAnotherModule() {
        PfeifferAdapterMethod method = new PfeifferAdapterMethod();
        ConfiguredMethod<?> configured = FixedParameters.configured(method, BertConfig.MINILM_L6, Map.of());
        long[] text = model.tokenIds(LONG);
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            // a trained-looking module: the up-projection no longer zero
            FixedParameters parameters = FixedParameters.drawn(step, configured.parameters(),
                    new long[] {4}, spec -> spec.key().contains("adapter_up") ? Initializer.normal(0.05)
                            .values((int) spec.size(), new java.util.SplittableRandom(9), model.frozenWeights()) : null);
            Injection pfeiffer = configured.attach(model.frozenWeights(), parameters);
            float[] alone = forward(step, List.of(text), pfeiffer, 0, text.length);
            float[] base = forward(step, List.of(text), Injection.NONE, 0, text.length);
            assertThat(maxDifference(base, alone)).isGreaterThan(1e-3);
            for (Injection stacked : List.of(Injection.stacked(pfeiffer, Injection.NONE),
                    Injection.stacked(Injection.NONE, pfeiffer))) {
                assertThat(maxDifference(alone, forward(step, List.of(text), stacked, 0, text.length))).isZero();
            }
        }
    }

    @Test
    void promptTokensTakeTheFirstPositionsAndPassTheEmbeddingLayerNormAsHfPeftPlacesThem() {
        // virtual tokens equal to the word embeddings of real tokens must act as those tokens
        // typed before the text: same positions, same LayerNorm, same attention
        long[] prompt = Arrays.copyOfRange(model.tokenIds("personal opinion of annotator"), 0, 4);
        long[] text = model.tokenIds(SHORT);
        HostTensor words = model.encoder().weightsSnapshot().get("embeddings.word_embeddings.weight");
        int hidden = BertConfig.MINILM_L6.hiddenSize();
        float[] promptEmbeddings = new float[prompt.length * hidden];
        for (int t = 0; t < prompt.length; t++) {
            System.arraycopy(words.data(), (int) prompt[t] * hidden, promptEmbeddings, t * hidden, hidden);
        }
        PromptTuningMethod method = new PromptTuningMethod();
        ConfiguredMethod<?> configured = FixedParameters.configured(method, BertConfig.MINILM_L6, Map.of("virtualTokens", String.valueOf(prompt.length)));
        long[] typed = new long[prompt.length + text.length];
        System.arraycopy(prompt, 0, typed, 0, prompt.length);
        System.arraycopy(text, 0, typed, prompt.length, text.length);
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            FixedParameters parameters = FixedParameters.drawn(step, configured.parameters(),
                    new long[] {1}, spec -> promptEmbeddings);
            float[] prompted = forward(step, List.of(text), configured.attach(model.frozenWeights(), parameters),
                    0, text.length);
            NDArray all = model.encoder().forward(step, EncodedBatch.pad(step, List.of(typed)), Injection.NONE);
            float[] expected = all.get(new NDIndex("0, {}:", prompt.length)).toFloatArray();
            double difference = maxDifference(expected, prompted);
            System.out.printf("prompt tokens vs typed tokens: max |difference| %.2e%n", difference);
            assertThat(difference).isLessThanOrEqualTo(1e-5);
        }
    }
}
