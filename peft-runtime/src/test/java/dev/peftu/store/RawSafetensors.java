package dev.peftu.store;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Builds safetensors files byte by byte for tests, independently of {@link Safetensors#write}. */
final class RawSafetensors {

    private RawSafetensors() {
    }

    /** Writes the length field, the header text as given and the data bytes. */
    static Path write(Path file, String header, byte[] data) throws IOException {
        byte[] json = header.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(ByteBuffer.allocate(8).order(ByteOrder.LITTLE_ENDIAN).putLong(json.length).array());
        out.writeBytes(json);
        out.writeBytes(data);
        Files.write(file, out.toByteArray());
        return file;
    }

    /** Returns 16-bit patterns as little-endian bytes. */
    static byte[] littleEndianShorts(int... patterns) {
        ByteBuffer buffer = ByteBuffer.allocate(patterns.length * 2).order(ByteOrder.LITTLE_ENDIAN);
        for (int pattern : patterns) {
            buffer.putShort((short) pattern);
        }
        return buffer.array();
    }

    /** Returns the data section of a written file as 16-bit patterns. */
    static int[] dataAsShorts(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        long headerLength = bytes.getLong();
        bytes.position(8 + (int) headerLength);
        int[] patterns = new int[bytes.remaining() / 2];
        for (int i = 0; i < patterns.length; i++) {
            patterns[i] = bytes.getShort() & 0xffff;
        }
        return patterns;
    }

    /** Returns the header text of a written file. */
    static String headerOf(Path file) throws IOException {
        ByteBuffer bytes = ByteBuffer.wrap(Files.readAllBytes(file)).order(ByteOrder.LITTLE_ENDIAN);
        int headerLength = (int) bytes.getLong();
        return new String(bytes.array(), 8, headerLength, StandardCharsets.UTF_8);
    }
}
