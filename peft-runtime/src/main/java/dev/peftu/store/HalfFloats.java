package dev.peftu.store;

/**
 * Conversions between float32 and the two 16-bit float formats of model files: IEEE 754 half
 * precision (F16: 5 exponent bits, 10 mantissa bits) and bfloat16 (BF16: the upper 16 bits of a
 * float32). Narrowing rounds to nearest, ties to even; NaN stays NaN and infinities stay infinite.
 */
final class HalfFloats {

    private static final int F16_EXPONENT_MASK = 0x7c00;
    private static final int F32_EXPONENT_BIAS_MINUS_F16 = 127 - 15;

    private HalfFloats() {
    }

    /** Widens F16 bits to the float32 of exactly the same value. */
    static float f16ToFloat(short bits) {
        int sign = (bits & 0x8000) << 16;
        int exponent = (bits & F16_EXPONENT_MASK) >>> 10;
        int mantissa = bits & 0x3ff;
        if (exponent == 0x1f) {
            return Float.intBitsToFloat(sign | 0x7f800000 | mantissa << 13);
        }
        if (exponent == 0) {
            float subnormal = mantissa * 0x1p-24f;
            return sign == 0 ? subnormal : -subnormal;
        }
        return Float.intBitsToFloat(sign | (exponent + F32_EXPONENT_BIAS_MINUS_F16) << 23 | mantissa << 13);
    }

    /** Narrows a float32 to the nearest F16 (ties to even), overflowing to infinity. */
    static short floatToF16(float value) {
        int bits = Float.floatToRawIntBits(value);
        int sign = bits >>> 16 & 0x8000;
        int magnitude = bits & 0x7fffffff;
        if (magnitude > 0x7f800000) {
            return (short) (sign | F16_EXPONENT_MASK | 0x200 | magnitude >>> 13 & 0x3ff);
        }
        if (magnitude >= 0x477ff000) {
            return (short) (sign | F16_EXPONENT_MASK);
        }
        if (magnitude < 0x38800000) {
            int units = (int) Math.rint(Float.intBitsToFloat(magnitude) * 0x1p24f);
            return (short) (sign | units);
        }
        int half = (magnitude >>> 23) - F32_EXPONENT_BIAS_MINUS_F16 << 10 | (magnitude & 0x7fffff) >>> 13;
        int dropped = magnitude & 0x1fff;
        if (dropped > 0x1000 || dropped == 0x1000 && (half & 1) != 0) {
            half++;
        }
        return (short) (sign | half);
    }

    /** Widens BF16 bits to float32: they are its upper 16 bits. */
    static float bf16ToFloat(short bits) {
        return Float.intBitsToFloat((bits & 0xffff) << 16);
    }

    /** Narrows a float32 to the nearest BF16 (ties to even); NaN becomes a quiet NaN. */
    static short floatToBf16(float value) {
        int bits = Float.floatToRawIntBits(value);
        if (Float.isNaN(value)) {
            return (short) (bits >>> 16 | 0x0040);
        }
        int roundingBias = 0x7fff + (bits >>> 16 & 1);
        return (short) ((bits + roundingBias) >>> 16);
    }
}
