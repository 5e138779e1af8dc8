package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.peftu.store.FileFormatException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class OnnxModelReaderTest {

    private static Map<String, HostTensor> miniLm;

    @BeforeAll
    static void readEmbeddedModelOnce() throws IOException {
        miniLm = OnnxModelReader.readEmbeddedMiniLm();
    }

    @Test
    void readsExactlyTheWeightsOfMiniLmWithPyTorchShapes() {
        Map<String, long[]> expected = BertWeightNames.expectedShapes(BertConfig.MINILM_L6);

        assertThat(miniLm.keySet()).containsExactlyInAnyOrderElementsOf(expected.keySet());
        expected.forEach((name, shape) -> assertThat(miniLm.get(name).shape()).as(name).containsExactly(shape));
        assertThat(expected).hasSize(5 + 6 * 16);
    }

    @Test
    void givesNonSquareLinearWeightsTheOutByInLayout() {
        assertThat(miniLm.get("encoder.layer.5.attention.self.query.weight").shape()).containsExactly(384, 384);
        assertThat(miniLm.get("encoder.layer.0.intermediate.dense.weight").shape()).containsExactly(1536, 384);
        assertThat(miniLm.get("encoder.layer.3.output.dense.weight").shape()).containsExactly(384, 1536);
    }

    @Test
    void untransposedReadingIsTheTransposeOfTheCorrectOne() throws IOException {
        Map<String, HostTensor> raw;
        try (InputStream in = OnnxModelReader.class.getResourceAsStream(OnnxModelReader.EMBEDDED_MINILM_RESOURCE)) {
            raw = OnnxModelReader.readRawUntransposed(in, "minilm");
        }
        HostTensor value = miniLm.get("encoder.layer.2.attention.self.value.weight");

        assertThat(raw.get("encoder.layer.2.attention.self.value.weight")).isEqualTo(value.transpose2d())
                .isNotEqualTo(value);
        assertThat(raw.get("encoder.layer.2.attention.self.value.bias"))
                .isEqualTo(miniLm.get("encoder.layer.2.attention.self.value.bias"));
    }

    @Test
    void skipsTheInt64PositionIds() {
        assertThat(miniLm).doesNotContainKey("embeddings.position_ids");
    }

    @Test
    void holdsTrainedValuesNotZeros() {
        HostTensor gamma = miniLm.get("embeddings.LayerNorm.weight");
        double sum = 0;
        for (float value : gamma.data()) {
            sum += value;
        }
        assertThat(sum / gamma.size()).as("mean LayerNorm gain").isBetween(0.1, 10.0);
    }

    @Test
    void rejectsATruncatedModelNamingTheSource() throws IOException {
        byte[] head;
        try (InputStream in = OnnxModelReader.class.getResourceAsStream(OnnxModelReader.EMBEDDED_MINILM_RESOURCE)) {
            head = in.readNBytes(1 << 20);
        }

        assertThatThrownBy(() -> OnnxModelReader.read(new ByteArrayInputStream(head), "cut.onnx"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageStartingWith("cut.onnx: ")
                .hasMessageContaining("truncated");
    }

    @Test
    void rejectsAStreamWithoutAGraph() {
        byte[] noGraph = new ProtobufBytes().varint(1, 8).toByteArray();

        assertThatThrownBy(() -> OnnxModelReader.read(new ByteArrayInputStream(noGraph), "empty.onnx"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("empty.onnx").hasMessageContaining("no graph");
    }

    @Test
    void mapsAndTransposesALinearWeightOfAHandBuiltGraph() throws IOException {
        byte[] model = model(linearGraph("/dense/MatMul", rawFloatTensor("onnx::MatMul_7", 1, 2, 3, 1f, 2f, 3f, 4f, 5f, 6f)));

        Map<String, HostTensor> weights = OnnxModelReader.read(new ByteArrayInputStream(model), "tiny.onnx");

        assertThat(weights.get("dense.weight")).isEqualTo(new HostTensor(new long[] {3, 2}, new float[] {1, 4, 2, 5, 3, 6}));
        assertThat(weights.get("dense.bias")).isEqualTo(new HostTensor(new long[] {3}, new float[] {0.5f, -1f, 2f}));
    }

    @Test
    void rejectsALinearWeightWhoseNodeNameContradictsItsBias() {
        byte[] model = model(linearGraph("/other/MatMul", rawFloatTensor("onnx::MatMul_7", 1, 2, 3, 1f, 2f, 3f, 4f, 5f, 6f)));

        assertThatThrownBy(() -> OnnxModelReader.read(new ByteArrayInputStream(model), "tiny.onnx"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("tiny.onnx")
                .hasMessageContaining("onnx::MatMul_7")
                .hasMessageContaining("dense.weight").hasMessageContaining("other.weight");
    }

    @Test
    void rejectsAnUnsupportedDataTypeNamingTheInitializer() {
        byte[] model = model(linearGraph("/dense/MatMul", rawFloatTensor("onnx::MatMul_7", 10, 2, 3, 1f, 2f, 3f)));

        assertThatThrownBy(() -> OnnxModelReader.read(new ByteArrayInputStream(model), "half.onnx"))
                .isInstanceOf(FileFormatException.class)
                .hasMessageContaining("half.onnx").hasMessageContaining("onnx::MatMul_7")
                .hasMessageContaining("data_type 10");
    }

    private static ProtobufBytes linearGraph(String matMulName, ProtobufBytes weight) {
        ProtobufBytes bias = new ProtobufBytes().varint(1, 3).varint(2, OnnxGraph.FLOAT32).packedFloats(4, 0.5f, -1f, 2f)
                .string(8, "dense.bias");
        ProtobufBytes matMul = new ProtobufBytes().string(1, "x").string(1, "onnx::MatMul_7").string(2, "xw")
                .string(3, matMulName).string(4, "MatMul");
        ProtobufBytes add = new ProtobufBytes().string(1, "dense.bias").string(1, "xw").string(2, "y")
                .string(3, "/dense/Add").string(4, "Add");
        return new ProtobufBytes().message(1, matMul).message(1, add).message(5, weight).message(5, bias);
    }

    private static ProtobufBytes rawFloatTensor(String name, int dataType, int rows, int cols, float... values) {
        ByteBuffer raw = ByteBuffer.allocate(values.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
        for (float value : values) {
            raw.putFloat(value);
        }
        return new ProtobufBytes().varint(1, rows).varint(1, cols).varint(2, dataType).string(8, name)
                .bytes(9, raw.array());
    }

    private static byte[] model(ProtobufBytes graph) {
        return new ProtobufBytes().varint(1, 8).message(7, graph).toByteArray();
    }
}
