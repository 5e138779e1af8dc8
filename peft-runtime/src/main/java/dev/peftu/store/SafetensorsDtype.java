package dev.peftu.store;

import java.util.Arrays;
import java.util.Optional;

/** The element types a safetensors file may hold that convert to float32, with their width in bytes. */
public enum SafetensorsDtype {
    /** IEEE 754 single precision. */
    F32(4),
    /** IEEE 754 half precision. */
    F16(2),
    /** bfloat16: the upper half of a float32. */
    BF16(2);

    private final int bytes;

    SafetensorsDtype(int bytes) {
        this.bytes = bytes;
    }

    /** Returns the width of one element in bytes. */
    public int bytes() {
        return bytes;
    }

    /** Returns the dtype a header names (such as {@code "BF16"}), if it is one of these. */
    static Optional<SafetensorsDtype> named(String name) {
        return Arrays.stream(values()).filter(dtype -> dtype.name().equals(name)).findFirst();
    }
}
