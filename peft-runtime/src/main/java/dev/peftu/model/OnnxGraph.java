package dev.peftu.model;

import dev.peftu.store.FileFormatException;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The part of an ONNX {@code GraphProto} a weight reader needs: its nodes (name, op type, inputs,
 * outputs) and its float32 initializers as host tensors in the layout they are stored in. Integer
 * initializers (index constants such as {@code embeddings.position_ids}) are not weights and are left out.
 *
 * @param nodes the graph's nodes in file order
 * @param initializers the float32 initializers by name, in file order
 */
record OnnxGraph(List<Node> nodes, Map<String, HostTensor> initializers) {

    /** ONNX {@code TensorProto.DataType.FLOAT}. */
    static final int FLOAT32 = 1;
    /** ONNX {@code TensorProto.DataType.INT64}. */
    static final int INT64 = 7;

    private static final int MODEL_GRAPH = 7;
    private static final int GRAPH_NODE = 1;
    private static final int GRAPH_INITIALIZER = 5;
    private static final int NODE_INPUT = 1;
    private static final int NODE_OUTPUT = 2;
    private static final int NODE_NAME = 3;
    private static final int NODE_OP_TYPE = 4;
    private static final int TENSOR_DIMS = 1;
    private static final int TENSOR_DATA_TYPE = 2;
    private static final int TENSOR_FLOAT_DATA = 4;
    private static final int TENSOR_NAME = 8;
    private static final int TENSOR_RAW_DATA = 9;
    private static final int TENSOR_DATA_LOCATION = 14;

    /**
     * One ONNX operator.
     *
     * @param name the node name, possibly empty
     * @param opType the operator, such as {@code MatMul}
     * @param inputs names of the values it consumes
     * @param outputs names of the values it produces
     */
    record Node(String name, String opType, List<String> inputs, List<String> outputs) {
    }

    /** Parses a serialized {@code ModelProto}. */
    static OnnxGraph parse(byte[] model, String source) throws FileFormatException {
        ProtobufReader reader = new ProtobufReader(model, source);
        OnnxGraph graph = null;
        while (reader.hasMore()) {
            long tag = reader.readTag();
            if (ProtobufReader.fieldNumber(tag) == MODEL_GRAPH) {
                reader.expectWireType(tag, ProtobufReader.WIRE_LENGTH_DELIMITED);
                graph = parseGraph(reader.readLengthDelimited());
            } else {
                reader.skipField(tag);
            }
        }
        if (graph == null) {
            throw new FileFormatException(source, "no graph (ModelProto field 7) found in " + model.length
                    + " bytes; expected an ONNX model");
        }
        return graph;
    }

    private static OnnxGraph parseGraph(ProtobufReader reader) throws FileFormatException {
        List<Node> nodes = new ArrayList<>();
        Map<String, HostTensor> initializers = new LinkedHashMap<>();
        while (reader.hasMore()) {
            long tag = reader.readTag();
            switch (ProtobufReader.fieldNumber(tag)) {
                case GRAPH_NODE -> nodes.add(parseNode(reader.readLengthDelimited()));
                case GRAPH_INITIALIZER -> parseInitializer(reader.readLengthDelimited(), initializers);
                default -> reader.skipField(tag);
            }
        }
        return new OnnxGraph(Collections.unmodifiableList(nodes), Collections.unmodifiableMap(initializers));
    }

    private static Node parseNode(ProtobufReader reader) throws FileFormatException {
        List<String> inputs = new ArrayList<>();
        List<String> outputs = new ArrayList<>();
        String name = "";
        String opType = "";
        while (reader.hasMore()) {
            long tag = reader.readTag();
            switch (ProtobufReader.fieldNumber(tag)) {
                case NODE_INPUT -> inputs.add(reader.readString());
                case NODE_OUTPUT -> outputs.add(reader.readString());
                case NODE_NAME -> name = reader.readString();
                case NODE_OP_TYPE -> opType = reader.readString();
                default -> reader.skipField(tag);
            }
        }
        return new Node(name, opType, List.copyOf(inputs), List.copyOf(outputs));
    }

    private static void parseInitializer(ProtobufReader reader, Map<String, HostTensor> initializers)
            throws FileFormatException {
        List<Long> dims = new ArrayList<>();
        long dataType = -1;
        String name = null;
        ProtobufReader raw = null;
        FloatList floatData = new FloatList();
        while (reader.hasMore()) {
            long tag = reader.readTag();
            switch (ProtobufReader.fieldNumber(tag)) {
                case TENSOR_DIMS -> reader.readRepeatedVarint(tag, dims::add);
                case TENSOR_DATA_TYPE -> dataType = reader.readVarint();
                case TENSOR_FLOAT_DATA -> readFloatData(reader, tag, floatData);
                case TENSOR_NAME -> name = reader.readString();
                case TENSOR_RAW_DATA -> raw = reader.readLengthDelimited();
                case TENSOR_DATA_LOCATION -> {
                    if (reader.readVarint() != 0) {
                        throw reader.error("initializer " + name + " keeps its data in an external file;"
                                + " expected the data inside the model");
                    }
                }
                default -> reader.skipField(tag);
            }
        }
        if (name == null) {
            throw reader.error("initializer without a name (TensorProto field 8)");
        }
        if (dataType == INT64) {
            return;
        }
        if (dataType != FLOAT32) {
            throw reader.error("initializer " + name + " has data_type " + dataType
                    + "; expected 1 (float32) or 7 (int64, skipped)");
        }
        long[] shape = dims.stream().mapToLong(Long::longValue).toArray();
        long size = Arrays.stream(shape).reduce(1, Math::multiplyExact);
        float[] values = raw != null ? rawFloats(reader, name, raw, size) : floatData.toArray();
        if (values.length != size) {
            throw reader.error("initializer " + name + " of shape " + Arrays.toString(shape) + " needs " + size
                    + " floats but holds " + values.length);
        }
        initializers.put(name, new HostTensor(shape, values));
    }

    private static float[] rawFloats(ProtobufReader reader, String name, ProtobufReader raw, long size)
            throws FileFormatException {
        ByteBuffer bytes = raw.remainingAsLittleEndian();
        if (bytes.remaining() != size * Float.BYTES) {
            throw reader.error("initializer " + name + " has " + bytes.remaining() + " bytes of raw_data; expected "
                    + size * Float.BYTES + " for " + size + " floats");
        }
        float[] values = new float[(int) size];
        bytes.asFloatBuffer().get(values);
        return values;
    }

    private static void readFloatData(ProtobufReader reader, long tag, FloatList target)
            throws FileFormatException {
        if (ProtobufReader.wireType(tag) == ProtobufReader.WIRE_LENGTH_DELIMITED) {
            ProtobufReader packed = reader.readLengthDelimited();
            while (packed.hasMore()) {
                target.add(packed.readFixed32Float());
            }
        } else {
            reader.expectWireType(tag, ProtobufReader.WIRE_FIXED32);
            target.add(reader.readFixed32Float());
        }
    }

    /** A growable float array, so that unpacked {@code float_data} needs no boxing. */
    private static final class FloatList {
        private float[] values = new float[16];
        private int size;

        void add(float value) {
            if (size == values.length) {
                values = Arrays.copyOf(values, size * 2);
            }
            values[size++] = value;
        }

        float[] toArray() {
            return Arrays.copyOf(values, size);
        }
    }
}
