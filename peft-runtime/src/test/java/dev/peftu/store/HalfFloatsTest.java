package dev.peftu.store;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HalfFloatsTest {

    @Test
    void narrowingF16UndoesWideningForEveryNonNanPattern() {
        for (int bits = 0; bits <= 0xffff; bits++) {
            float widened = HalfFloats.f16ToFloat((short) bits);
            if (!Float.isNaN(widened)) {
                assertThat(HalfFloats.floatToF16(widened) & 0xffff).as("pattern %04x", bits).isEqualTo(bits);
            }
        }
    }

    @Test
    void narrowingBf16UndoesWideningForEveryNonNanPattern() {
        for (int bits = 0; bits <= 0xffff; bits++) {
            float widened = HalfFloats.bf16ToFloat((short) bits);
            if (!Float.isNaN(widened)) {
                assertThat(HalfFloats.floatToBf16(widened) & 0xffff).as("pattern %04x", bits).isEqualTo(bits);
            }
        }
    }

    @Test
    void wideningF16IsMonotonicOverPositivePatterns() {
        for (int bits = 1; bits <= 0x7c00; bits++) {
            assertThat(HalfFloats.f16ToFloat((short) bits)).isGreaterThan(HalfFloats.f16ToFloat((short) (bits - 1)));
        }
    }

    @Test
    void keepsNanAsNanWhenNarrowing() {
        assertThat(HalfFloats.f16ToFloat(HalfFloats.floatToF16(Float.NaN))).isNaN();
        assertThat(HalfFloats.bf16ToFloat(HalfFloats.floatToBf16(Float.NaN))).isNaN();
        assertThat(HalfFloats.bf16ToFloat(HalfFloats.floatToBf16(Float.intBitsToFloat(0x7f800001)))).isNaN();
    }
}
