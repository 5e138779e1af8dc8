package dev.peftu.model;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;

/** Writes protobuf wire format for tests: a message is built field by field and nested with {@link #message}. */
final class ProtobufBytes {

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();

    ProtobufBytes varint(int field, long value) {
        writeVarint((long) field << 3);
        writeVarint(value);
        return this;
    }

    ProtobufBytes string(int field, String value) {
        return bytes(field, value.getBytes(StandardCharsets.UTF_8));
    }

    ProtobufBytes message(int field, ProtobufBytes message) {
        return bytes(field, message.toByteArray());
    }

    ProtobufBytes packedFloats(int field, float... values) {
        ByteBuffer buffer = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            buffer.putFloat(value);
        }
        return bytes(field, buffer.array());
    }

    ProtobufBytes bytes(int field, byte[] value) {
        writeVarint((long) field << 3 | 2);
        writeVarint(value.length);
        out.writeBytes(value);
        return this;
    }

    byte[] toByteArray() {
        return out.toByteArray();
    }

    private void writeVarint(long value) {
        long rest = value;
        while ((rest & ~0x7fL) != 0) {
            out.write((int) (rest & 0x7f) | 0x80);
            rest >>>= 7;
        }
        out.write((int) rest);
    }
}
