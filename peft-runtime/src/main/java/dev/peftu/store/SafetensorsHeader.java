package dev.peftu.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON header of a safetensors file, checked against the size of the data that follows it:
 * every tensor's dtype name, shape and byte range, and the {@code __metadata__} strings.
 *
 * @param entries the tensors in header order
 * @param metadata the {@code __metadata__} strings, empty when absent
 */
record SafetensorsHeader(List<Entry> entries, Map<String, String> metadata) {

    /** The header key holding free-form string metadata rather than a tensor. */
    static final String METADATA_KEY = "__metadata__";

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * One tensor of the header.
     *
     * @param name the tensor name
     * @param dtype the element type as named in the file, such as {@code F32} or {@code I64}
     * @param shape the dimensions
     * @param begin the first data byte, relative to the end of the header
     * @param end one past the last data byte
     */
    record Entry(String name, String dtype, long[] shape, long begin, long end) {

        /** Returns the number of elements the shape holds. */
        long elementCount() {
            long count = 1;
            for (long dim : shape) {
                count = Math.multiplyExact(count, dim);
            }
            return count;
        }
    }

    /** Parses and checks the header bytes of a file whose data section is {@code dataLength} bytes long. */
    static SafetensorsHeader parse(byte[] json, long dataLength, String file) throws FileFormatException {
        JsonNode root;
        try {
            root = JSON.readTree(new String(json, StandardCharsets.UTF_8));
        } catch (JsonProcessingException notJson) {
            throw new FileFormatException(file, "header is not JSON: " + notJson.getOriginalMessage()
                    + "; expected an object mapping tensor names to {dtype, shape, data_offsets}", notJson);
        }
        if (root == null || !root.isObject()) {
            throw new FileFormatException(file, "header is not a JSON object; expected an object mapping tensor "
                    + "names to {dtype, shape, data_offsets}");
        }
        List<Entry> entries = new ArrayList<>();
        Map<String, String> metadata = Map.of();
        for (Iterator<Map.Entry<String, JsonNode>> fields = root.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (field.getKey().equals(METADATA_KEY)) {
                metadata = metadata(field.getValue(), file);
            } else {
                entries.add(entry(field.getKey(), field.getValue(), dataLength, file));
            }
        }
        return new SafetensorsHeader(Collections.unmodifiableList(entries), metadata);
    }

    private static Map<String, String> metadata(JsonNode node, String file) throws FileFormatException {
        if (!node.isObject()) {
            throw new FileFormatException(file, "header field " + METADATA_KEY + " is " + node.getNodeType()
                    + "; expected an object of strings");
        }
        Map<String, String> metadata = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            if (!field.getValue().isTextual()) {
                throw new FileFormatException(file, "header field " + METADATA_KEY + "." + field.getKey()
                        + " is " + field.getValue().getNodeType() + "; expected a string");
            }
            metadata.put(field.getKey(), field.getValue().textValue());
        }
        return Collections.unmodifiableMap(metadata);
    }

    private static Entry entry(String name, JsonNode node, long dataLength, String file) throws FileFormatException {
        String where = "tensor " + name + ": ";
        if (!node.isObject()) {
            throw new FileFormatException(file, where + "header value is " + node.getNodeType()
                    + "; expected an object {dtype, shape, data_offsets}");
        }
        JsonNode dtype = node.get("dtype");
        if (dtype == null || !dtype.isTextual()) {
            throw new FileFormatException(file, where + "field dtype missing or not a string; expected e.g. \"F32\"");
        }
        long[] shape = nonNegativeLongs(node.get("shape"), -1, where + "field shape", file);
        long[] offsets = nonNegativeLongs(node.get("data_offsets"), 2, where + "field data_offsets", file);
        if (offsets[0] > offsets[1] || offsets[1] > dataLength) {
            throw new FileFormatException(file, where + "data_offsets [" + offsets[0] + ", " + offsets[1]
                    + "] out of range; expected begin <= end <= " + dataLength + " (the data section length)");
        }
        Entry entry = new Entry(name, dtype.textValue(), shape, offsets[0], offsets[1]);
        try {
            entry.elementCount();
        } catch (ArithmeticException overflow) {
            throw new FileFormatException(file, where + "shape overflows a 64-bit element count");
        }
        return entry;
    }

    private static long[] nonNegativeLongs(JsonNode node, int expectedLength, String where, String file)
            throws FileFormatException {
        String expected = expectedLength < 0 ? "an array of non-negative integers"
                : "an array of " + expectedLength + " non-negative integers";
        if (node == null || !node.isArray() || expectedLength >= 0 && node.size() != expectedLength) {
            throw new FileFormatException(file, where + " is " + (node == null ? "missing" : node.toString())
                    + "; expected " + expected);
        }
        long[] values = new long[node.size()];
        for (int i = 0; i < values.length; i++) {
            JsonNode value = node.get(i);
            if (!value.canConvertToLong() || !value.isIntegralNumber() || value.longValue() < 0) {
                throw new FileFormatException(file, where + " is " + node + "; expected " + expected);
            }
            values[i] = value.longValue();
        }
        return values;
    }
}
