package dev.peftu.model;

import dev.peftu.store.FileFormatException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.function.LongConsumer;

/**
 * Reads the protobuf wire format (varints, fixed 32/64-bit values, length-delimited fields) over a
 * region of a byte array without copying it. Just enough of protobuf to walk an ONNX model; a
 * length-delimited field becomes a new reader over the same array.
 */
final class ProtobufReader {

    static final int WIRE_VARINT = 0;
    static final int WIRE_FIXED64 = 1;
    static final int WIRE_LENGTH_DELIMITED = 2;
    static final int WIRE_FIXED32 = 5;

    private final byte[] bytes;
    private final int start;
    private final int limit;
    private final String source;
    private int position;

    ProtobufReader(byte[] bytes, String source) {
        this(bytes, 0, bytes.length, source);
    }

    private ProtobufReader(byte[] bytes, int start, int limit, String source) {
        this.bytes = bytes;
        this.start = start;
        this.limit = limit;
        this.position = start;
        this.source = source;
    }

    /** Returns the field number of a tag read by {@link #readTag()}. */
    static int fieldNumber(long tag) {
        return (int) (tag >>> 3);
    }

    /** Returns the wire type of a tag read by {@link #readTag()}. */
    static int wireType(long tag) {
        return (int) (tag & 7);
    }

    boolean hasMore() {
        return position < limit;
    }

    long readTag() throws FileFormatException {
        long tag = readVarint();
        if (fieldNumber(tag) == 0) {
            throw error("field number 0 in tag " + tag + ", expected a positive field number");
        }
        return tag;
    }

    long readVarint() throws FileFormatException {
        long value = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            require(1, "varint");
            byte b = bytes[position++];
            value |= (long) (b & 0x7f) << shift;
            if (b >= 0) {
                return value;
            }
        }
        throw error("varint longer than 10 bytes");
    }

    /** Reads a length-delimited field and returns a reader over its bytes. */
    ProtobufReader readLengthDelimited() throws FileFormatException {
        long length = readVarint();
        if (length < 0 || length > limit - position) {
            throw error("length-delimited field claims " + length + " bytes but only " + (limit - position)
                    + " remain (file truncated?)");
        }
        ProtobufReader inner = new ProtobufReader(bytes, position, position + (int) length, source);
        position += (int) length;
        return inner;
    }

    String readString() throws FileFormatException {
        ProtobufReader field = readLengthDelimited();
        return new String(bytes, field.start, field.limit - field.start, StandardCharsets.UTF_8);
    }

    float readFixed32Float() throws FileFormatException {
        require(4, "fixed32");
        float value = ByteBuffer.wrap(bytes, position, 4).order(ByteOrder.LITTLE_ENDIAN).getFloat();
        position += 4;
        return value;
    }

    /** Reads one repeated varint field, packed (wire type 2) or not (wire type 0). */
    void readRepeatedVarint(long tag, LongConsumer values) throws FileFormatException {
        if (wireType(tag) == WIRE_LENGTH_DELIMITED) {
            ProtobufReader packed = readLengthDelimited();
            while (packed.hasMore()) {
                values.accept(packed.readVarint());
            }
        } else {
            expectWireType(tag, WIRE_VARINT);
            values.accept(readVarint());
        }
    }

    /** Returns the unread bytes of this reader as a little-endian buffer, without copying. */
    ByteBuffer remainingAsLittleEndian() {
        return ByteBuffer.wrap(bytes, position, limit - position).slice().order(ByteOrder.LITTLE_ENDIAN);
    }

    void expectWireType(long tag, int expected) throws FileFormatException {
        if (wireType(tag) != expected) {
            throw error("field " + fieldNumber(tag) + " has wire type " + wireType(tag) + ", expected " + expected);
        }
    }

    void skipField(long tag) throws FileFormatException {
        switch (wireType(tag)) {
            case WIRE_VARINT -> readVarint();
            case WIRE_FIXED64 -> skipBytes(8);
            case WIRE_LENGTH_DELIMITED -> readLengthDelimited();
            case WIRE_FIXED32 -> skipBytes(4);
            default -> throw error("field " + fieldNumber(tag) + " has unsupported wire type " + wireType(tag)
                    + ", expected 0, 1, 2 or 5");
        }
    }

    FileFormatException error(String problem) {
        return new FileFormatException(source, "at byte " + position + ": " + problem);
    }

    private void skipBytes(int count) throws FileFormatException {
        require(count, count + "-byte fixed value");
        position += count;
    }

    private void require(int count, String what) throws FileFormatException {
        if (limit - position < count) {
            throw error("truncated " + what + ": needs " + count + " bytes but only " + (limit - position)
                    + " remain");
        }
    }
}
