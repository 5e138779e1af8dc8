package dev.peftu.contenders;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Settings that make no sense are rejected when a contender is created, before any training,
 * naming the contender, the key, the value and what was expected; sensible ones are accepted.
 */
class ContenderSettingsTest {

    private static final List<String> PEFT_METHODS = List.of("lora", "adapter", "pfeiffer", "ia3", "prompt-tuning",
            "prefix-tuning", "p-tuning", "head");

    /** Values no key of any kind accepts. */
    private static final List<String> NEVER_VALID = List.of("NaN", "Infinity", "-Infinity", "1e400", "x", "");

    /** Values wrong for the key besides {@link #NEVER_VALID}: out of range, or not whole where a count is meant. */
    private static final Map<String, List<String>> TRAINING_KEYS = Map.of(
            "learningRate", List.of("0", "-0.001", "0x1p-3", "1f"),
            "headLearningRate", List.of("0", "-1"),
            "weightDecay", List.of("-0.01"),
            "threshold", List.of("1", "-0.1", "1.5"),
            "epochs", List.of("0", "-1", "1.5"),
            "batchSize", List.of("0", "8.0"),
            "cohortSize", List.of("0", "-8"),
            "patience", List.of("0"));

    private static final Map<String, Map<String, List<String>>> OWN_KEYS = Map.of(
            "lora", Map.of("r", List.of("0", "-8", "2.5"), "alpha", List.of("0", "-32"),
                    "dropout", List.of("1", "-0.1", "1.5")),
            "adapter", Map.of("reductionFactor", List.of("0", "16.5")),
            "pfeiffer", Map.of("reductionFactor", List.of("0", "-16")),
            "prompt-tuning", Map.of("virtualTokens", List.of("0", "20.5")),
            "prefix-tuning", Map.of("virtualTokens", List.of("0", "-20")),
            "p-tuning", Map.of("virtualTokens", List.of("0"), "encoderHiddenSize", List.of("0", "2.5", "Auto")),
            "retrieval", Map.of("k", List.of("0", "2.5"), "k1", List.of("-1.2"), "b", List.of("1.5", "-0.75")),
            "few-shot", Map.of("k", List.of("0", "-3", "3.0")),
            "non-personalized", Map.of("r", List.of("0"), "learningRate", List.of("0"), "dropout", List.of("1")),
            "majority", Map.of("epochs", List.of("0")));

    static Stream<Arguments> badValues() {
        List<Arguments> cases = new ArrayList<>();
        for (String method : PEFT_METHODS) {
            TRAINING_KEYS.forEach((key, values) -> addCases(cases, method, key, values));
        }
        OWN_KEYS.forEach((method, keys) -> keys.forEach((key, values) -> addCases(cases, method, key, values)));
        return cases.stream();
    }

    private static void addCases(List<Arguments> cases, String method, String key, List<String> wrong) {
        Stream.concat(NEVER_VALID.stream(), wrong.stream()).forEach(value -> cases.add(Arguments.of(method, key, value)));
    }

    @ParameterizedTest(name = "{0}: {1}={2}")
    @MethodSource("badValues")
    void senselessValueIsRejectedNamingTheContenderTheKeyAndWhatWasExpected(String name, String key, String value) {
        assertThatThrownBy(() -> Contenders.create(name, Map.of(key, value)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith(name)
                .hasMessageContaining("setting " + key + "=" + value + ": expected a");
    }

    static Stream<String> everyContender() {
        return Contenders.names().stream();
    }

    @ParameterizedTest
    @MethodSource("everyContender")
    void defaultsAndTheBenchmarksEpochsAreAccepted(String name) {
        assertThatCode(() -> Contenders.create(name, Map.of())).doesNotThrowAnyException();
        assertThatCode(() -> Contenders.create(name, Map.of("epochs", "1"))).doesNotThrowAnyException();
    }

    @ParameterizedTest
    @MethodSource("everyContender")
    void unknownKeyIsRejectedListingTheKnownOnes(String name) {
        assertThatThrownBy(() -> Contenders.create(name, Map.of("K", "3")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("has no setting 'K'")
                .hasMessageContaining("known settings: [");
    }

    @Test
    void unknownKeyOfAPeftMethodListsTheContendersOwnKeysToo() {
        assertThatThrownBy(() -> Contenders.create("lora", Map.of("rnak", "4", "retrieve", "2")))
                .hasMessageStartingWith("method 'lora' has no setting 'rnak'; known settings: [")
                .hasMessageContaining("retrieve").hasMessageContaining("taskModule").hasMessageContaining(" r,");
    }

    @ParameterizedTest(name = "{0}: {1}")
    @MethodSource("boundaryValues")
    void valuesOnTheEdgeOfTheirRangeAreAccepted(String name, Map<String, String> settings) {
        assertThatCode(() -> Contenders.create(name, settings)).doesNotThrowAnyException();
    }

    static Stream<Arguments> boundaryValues() {
        return Stream.of(
                Arguments.of("lora", Map.of("dropout", "0", "weightDecay", "0", "threshold", "0", "r", "1")),
                Arguments.of("lora", Map.of("alpha", "1e-3", "learningRate", "5E-4", "dropout", ".99")),
                Arguments.of("retrieval", Map.of("k", "1", "k1", "0", "b", "1")),
                Arguments.of("retrieval", Map.of("b", "0")),
                Arguments.of("few-shot", Map.of("k", "1")),
                Arguments.of("non-personalized", Map.of("method", "ia3", "learningRate", "0.1")));
    }

    @ParameterizedTest
    @MethodSource("knownKeysOfBaselines")
    void unknownBaselineKeyNamesTheBaselinesOwnKeys(String name, List<String> known) {
        assertThatThrownBy(() -> Contenders.create(name, Map.of("K", "3")))
                .hasMessage("method '" + name + "' has no setting 'K'; known settings: " + known);
    }

    static Stream<Arguments> knownKeysOfBaselines() {
        return Stream.of(
                Arguments.of("retrieval", List.of("b", "k", "k1")),
                Arguments.of("few-shot", List.of("k")),
                Arguments.of("majority", List.of()),
                Arguments.of("zero-shot", List.of()),
                Arguments.of("one-size-fits-all", List.of()),
                Arguments.of("crowd-calibrated", List.of()));
    }

    @ParameterizedTest
    @MethodSource("everyContender")
    void everyNameHasItsKindBeforeAnythingIsCreated(String name) throws Exception {
        assertThat(Contenders.kindOf(name)).contains(Contenders.create(name, Map.of()).kind());
    }

    @Test
    void aNameNoProviderHasHasNoKind() {
        assertThat(Contenders.kindOf("lorra")).isEmpty();
    }

    @Test
    void epochsGivenToABaselineThatTrainsNothingIsStillChecked() {
        assertThatThrownBy(() -> Contenders.create("majority", Map.of("epochs", "0")))
                .hasMessage("majority: setting epochs=0: expected a whole number >= 1");
    }

    @Test
    void unknownMethodOfTheSharedModuleIsRejectedNamingTheKnownOnes() {
        assertThatThrownBy(() -> Contenders.create("non-personalized", Map.of("method", "lorra")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("non-personalized (method=lorra): no PEFT method named 'lorra'")
                .hasMessageContaining("lora");
    }

    @Test
    void loraWithoutTargetsIsRejected() {
        assertThatThrownBy(() -> Contenders.create("lora", Map.of("targets", " , ")))
                .hasMessageStartingWith("lora: setting targets=,: expected auto or one or more linear layers, such as [");
    }
}
