package dev.peftu.store;

import dev.peftu.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.peftu.model.HostTensor;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * Reads and writes the safetensors format of Hugging Face: an 8-byte little-endian header length, a
 * JSON header naming each tensor's dtype, shape and byte range, then the raw little-endian data.
 * Reading maps each tensor's bytes from the file (no heap copy of the file) and converts F32, F16
 * and BF16 to float32; writing is atomic and lays tensors out in name order.
 */
public final class Safetensors {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int LENGTH_BYTES = Long.BYTES;
    private static final int HEADER_ALIGNMENT = 8;
    private static final long MAX_HEADER_BYTES = 100L << 20;
    private static final int WRITE_CHUNK_ELEMENTS = 1 << 16;

    private Safetensors() {
    }

    /** Reads every tensor of the file as float32. */
    public static Map<String, HostTensor> read(Path file) throws IOException {
        return read(file, name -> true);
    }

    /**
     * Reads the tensors whose names pass the filter; the others (of any dtype, such as the int64
     * {@code position_ids} of some checkpoints) are not converted.
     *
     * @throws FileFormatException if the file is shorter than its header, the header is not JSON
     *     or a wanted tensor has an unsupported dtype or a byte range that does not fit its shape
     */
    public static Map<String, HostTensor> read(Path file, Predicate<String> wanted) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long headerLength = headerLength(channel, file);
            SafetensorsHeader header = header(channel, headerLength, file);
            long dataStart = LENGTH_BYTES + headerLength;
            Map<String, HostTensor> tensors = new LinkedHashMap<>();
            for (SafetensorsHeader.Entry entry : header.entries()) {
                if (wanted.test(entry.name())) {
                    tensors.put(entry.name(), tensor(channel, dataStart, entry, file.toString()));
                }
            }
            return Collections.unmodifiableMap(tensors);
        }
    }

    /**
     * Returns the shapes of the tensors whose names pass the filter without reading their data,
     * checking each one's dtype and byte range as {@link #read(Path, Predicate)} would.
     *
     * @throws FileFormatException as {@link #read(Path, Predicate)} does
     */
    public static Map<String, long[]> shapes(Path file, Predicate<String> wanted) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            SafetensorsHeader header = header(channel, headerLength(channel, file), file);
            Map<String, long[]> shapes = new LinkedHashMap<>();
            for (SafetensorsHeader.Entry entry : header.entries()) {
                if (wanted.test(entry.name())) {
                    checkedDtype(entry, file.toString());
                    shapes.put(entry.name(), entry.shape().clone());
                }
            }
            return Collections.unmodifiableMap(shapes);
        }
    }

    /** Reads the {@code __metadata__} strings of the file (empty when it has none). */
    public static Map<String, String> readMetadata(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            return header(channel, headerLength(channel, file), file).metadata();
        }
    }

    /** Writes the tensors as F32 with the metadata, atomically. */
    public static void write(Path file, Map<String, HostTensor> tensors, Map<String, String> metadata)
            throws IOException {
        write(file, tensors, metadata, SafetensorsDtype.F32);
    }

    /**
     * Writes the tensors in the given dtype (narrowing rounds to nearest, ties to even) with a
     * {@code __metadata__} entry, keys in name order, through a temporary file moved into place.
     */
    public static void write(Path file, Map<String, HostTensor> tensors, Map<String, String> metadata,
                             SafetensorsDtype dtype) throws IOException {
        TreeMap<String, HostTensor> sorted = new TreeMap<>(tensors);
        if (sorted.containsKey(SafetensorsHeader.METADATA_KEY)) {
            throw new IllegalArgumentException("a tensor cannot be named " + SafetensorsHeader.METADATA_KEY
                    + " in " + file);
        }
        byte[] header = headerBytes(sorted, metadata == null ? Map.of() : metadata, dtype);
        AtomicFiles.write(file, out -> {
            out.write(ByteBuffer.allocate(LENGTH_BYTES).order(ByteOrder.LITTLE_ENDIAN).putLong(header.length).array());
            out.write(header);
            for (HostTensor tensor : sorted.values()) {
                writeData(out, tensor.data(), dtype);
            }
        });
    }

    private static byte[] headerBytes(TreeMap<String, HostTensor> tensors, Map<String, String> metadata,
                                      SafetensorsDtype dtype) throws JsonProcessingException {
        ObjectNode header = JSON.createObjectNode();
        ObjectNode metadataNode = header.putObject(SafetensorsHeader.METADATA_KEY);
        new TreeMap<>(metadata).forEach(metadataNode::put);
        long offset = 0;
        for (Map.Entry<String, HostTensor> tensor : tensors.entrySet()) {
            long end = offset + (long) tensor.getValue().size() * dtype.bytes();
            ObjectNode entry = header.putObject(tensor.getKey());
            entry.put("dtype", dtype.name());
            Arrays.stream(tensor.getValue().shape()).forEach(entry.putArray("shape")::add);
            entry.putArray("data_offsets").add(offset).add(end);
            offset = end;
        }
        byte[] json = JSON.writeValueAsBytes(header);
        int padded = (json.length + HEADER_ALIGNMENT - 1) / HEADER_ALIGNMENT * HEADER_ALIGNMENT;
        byte[] bytes = Arrays.copyOf(json, padded);
        Arrays.fill(bytes, json.length, padded, (byte) ' ');
        return bytes;
    }

    private static void writeData(OutputStream out, float[] data, SafetensorsDtype dtype) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(WRITE_CHUNK_ELEMENTS * dtype.bytes()).order(ByteOrder.LITTLE_ENDIAN);
        for (int start = 0; start < data.length; start += WRITE_CHUNK_ELEMENTS) {
            chunk.clear();
            int end = Math.min(data.length, start + WRITE_CHUNK_ELEMENTS);
            for (int i = start; i < end; i++) {
                switch (dtype) {
                    case F32 -> chunk.putFloat(data[i]);
                    case F16 -> chunk.putShort(HalfFloats.floatToF16(data[i]));
                    case BF16 -> chunk.putShort(HalfFloats.floatToBf16(data[i]));
                }
            }
            out.write(chunk.array(), 0, chunk.position());
        }
    }

    private static long headerLength(FileChannel channel, Path file) throws IOException {
        long size = channel.size();
        if (size < LENGTH_BYTES) {
            throw new FileFormatException(file.toString(), "file is " + size
                    + " bytes long; expected at least the 8-byte header length");
        }
        ByteBuffer length = ByteBuffer.allocate(LENGTH_BYTES).order(ByteOrder.LITTLE_ENDIAN);
        readFully(channel, length, 0);
        long headerLength = length.flip().getLong();
        if (headerLength < 0 || headerLength > MAX_HEADER_BYTES) {
            throw new FileFormatException(file.toString(), "header length " + Long.toUnsignedString(headerLength)
                    + " is not plausible; expected between 0 and " + MAX_HEADER_BYTES + " bytes");
        }
        if (headerLength > size - LENGTH_BYTES) {
            throw new FileFormatException(file.toString(), "file is shorter than its header: the header claims "
                    + headerLength + " bytes but only " + (size - LENGTH_BYTES) + " follow the length field");
        }
        return headerLength;
    }

    private static SafetensorsHeader header(FileChannel channel, long headerLength, Path file) throws IOException {
        ByteBuffer json = ByteBuffer.allocate((int) headerLength);
        readFully(channel, json, LENGTH_BYTES);
        long dataLength = channel.size() - LENGTH_BYTES - headerLength;
        return SafetensorsHeader.parse(json.array(), dataLength, file.toString());
    }

    private static HostTensor tensor(FileChannel channel, long dataStart, SafetensorsHeader.Entry entry, String file)
            throws IOException {
        SafetensorsDtype dtype = checkedDtype(entry, file);
        long count = entry.elementCount();
        long byteCount = entry.end() - entry.begin();
        MappedByteBuffer mapped = channel.map(FileChannel.MapMode.READ_ONLY, dataStart + entry.begin(), byteCount);
        ByteBuffer bytes = mapped.order(ByteOrder.LITTLE_ENDIAN);
        float[] values = new float[(int) count];
        switch (dtype) {
            case F32 -> bytes.asFloatBuffer().get(values);
            case F16 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = HalfFloats.f16ToFloat(bytes.getShort());
                }
            }
            case BF16 -> {
                for (int i = 0; i < values.length; i++) {
                    values[i] = HalfFloats.bf16ToFloat(bytes.getShort());
                }
            }
        }
        return new HostTensor(entry.shape(), values);
    }

    /** Returns a tensor's dtype, checking that it converts to float32 and that its byte range fits its shape. */
    private static SafetensorsDtype checkedDtype(SafetensorsHeader.Entry entry, String file)
            throws FileFormatException {
        String where = "tensor " + entry.name() + ": ";
        SafetensorsDtype dtype = SafetensorsDtype.named(entry.dtype()).orElseThrow(() -> new FileFormatException(
                file, where + "dtype " + entry.dtype() + " is not supported; expected one of "
                + Arrays.toString(SafetensorsDtype.values())));
        long count = entry.elementCount();
        long byteCount = entry.end() - entry.begin();
        if (count > Integer.MAX_VALUE || byteCount != count * dtype.bytes()) {
            throw new FileFormatException(file, where + "data_offsets cover " + byteCount + " bytes but shape "
                    + Arrays.toString(entry.shape()) + " of " + dtype + " needs " + count * dtype.bytes());
        }
        return dtype;
    }

    private static void readFully(FileChannel channel, ByteBuffer target, long position) throws IOException {
        long at = position;
        while (target.hasRemaining()) {
            int read = channel.read(target, at);
            if (read < 0) {
                throw new IOException("unexpected end of file at byte " + at);
            }
            at += read;
        }
    }
}
