package dev.peftu.maven.parameter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class BooleanParameterTest {

    @Test
    void trueAndFalseAreReadAndNothingMeansTheDefault() {
        assertThat(BooleanParameter.parse("<skip>", "true", false)).isTrue();
        assertThat(BooleanParameter.parse("<skip>", " false ", true)).isFalse();
        assertThat(BooleanParameter.parse("<skip>", null, true)).isTrue();
        assertThat(BooleanParameter.parse("<skip>", "", false)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"ture", "TRUE", "yes", "1", "on"})
    void anyOtherWordFailsNamingTheParameterAndTheValue(String value) {
        assertThatThrownBy(() -> BooleanParameter.parse("<significant> of the rule for method lora", value, false))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("<significant> of the rule for method lora is '" + value + "'; expected true or false");
    }
}
