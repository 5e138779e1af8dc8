package dev.peftu.model;

import static org.assertj.core.api.Assertions.assertThat;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtSession;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The DJL encoder over the embedded all-MiniLM-L6-v2 weights computes what ONNX Runtime computes
 * from the same ONNX file, and the comparison is sharp enough to catch a wrong weight mapping.
 */
class EmbeddedModelParityTest {

    private static final List<String> SENTENCES = List.of(
            "The new stadium plan is a bold move for the city.",
            "I can't believe they cancelled the show again!!",
            "Parameter-efficient fine-tuning trains one small module per user.");

    private static BaseModel model;
    private static OrtEnvironment environment;
    private static OrtSession session;

    @BeforeAll
    static void load() throws Exception {
        model = BaseModel.embedded(64);
        environment = OrtEnvironment.getEnvironment();
        try (InputStream in = BaseModel.class.getResourceAsStream(OnnxModelReader.EMBEDDED_MINILM_RESOURCE)) {
            session = environment.createSession(in.readAllBytes(), new OrtSession.SessionOptions());
        }
    }

    @AfterAll
    static void close() throws Exception {
        session.close();
        model.close();
    }

    @Test
    void eachSentenceMatchesOnnxRuntime() throws Exception {
        for (String sentence : SENTENCES) {
            Comparison comparison = compare(model.encoder(), List.of(sentence));
            assertThat(comparison.hidden).as("last_hidden_state of '%s'", sentence).isLessThanOrEqualTo(1e-4);
            assertThat(comparison.pooled).as("mean-pooled output of '%s'", sentence).isLessThanOrEqualTo(1e-5);
        }
    }

    @Test
    void paddedBatchMatchesOnnxRuntime() throws Exception {
        Comparison comparison = compare(model.encoder(), SENTENCES);
        System.out.printf("padded batch vs ONNX Runtime: max |diff| hidden %.2e, pooled %.2e%n",
                comparison.hidden, comparison.pooled);
        assertThat(comparison.hidden).isLessThanOrEqualTo(1e-4);
        assertThat(comparison.pooled).isLessThanOrEqualTo(1e-5);
    }

    @Test
    void untransposedValueWeightIsCaughtByTheSameComparison() throws Exception {
        Map<String, HostTensor> weights = new HashMap<>(OnnxModelReader.readEmbeddedMiniLm());
        String value = "encoder.layer.0.attention.self.value.weight";
        weights.put(value, weights.get(value).transpose2d());
        try (BertEncoder wrong = BertEncoder.create(BertConfig.MINILM_L6, weights, DjlRuntime.device(), "test")) {
            Comparison comparison = compare(wrong, SENTENCES);
            System.out.printf("untransposed value weight vs ONNX Runtime: max |diff| hidden %.2e%n", comparison.hidden);
            assertThat(comparison.hidden).isGreaterThan(1e-2);
        }
    }

    @Test
    void forwardPassLeavesNoArrayInTheEncodersManager() {
        int before = model.encoder().managedArrayCount();
        try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
            EncodedBatch batch = EncodedBatch.pad(step, SENTENCES.stream().map(model::tokenIds).toList());
            BertEncoder.meanPool(model.encoder().forward(step, batch, Injection.NONE), batch.attentionMask());
        }
        assertThat(model.encoder().managedArrayCount()).isEqualTo(before);
    }

    @Test
    void passesThatChangeAQueryKeyOrValueInputLeaveNoArrayInTheEncodersManager() {
        // a changed key input takes the projections apart, through each site's own cut of the fused weights
        Injection keyInput = new Injection() {
            @Override
            public NDArray linearInput(LinearSite site, NDArray input) {
                return site.modulePath().endsWith(BertConfig.KEY) ? input.mul(2f) : input;
            }
        };
        List<long[]> ids = SENTENCES.stream().map(model::tokenIds).toList();
        float[] first = null;
        int before = 0;
        for (int pass = 0; pass < 2; pass++) {
            if (pass == 1) {
                before = model.encoder().managedArrayCount();
            }
            try (NDManager step = NDManager.newBaseManager(model.encoder().device())) {
                float[] hidden = model.encoder().forward(step, EncodedBatch.pad(step, ids), keyInput).toFloatArray();
                first = first == null ? hidden : first;
                assertThat(hidden).containsExactly(first);
            }
        }
        // the first pass cuts each site's weight and bias once; later passes reuse them
        assertThat(model.encoder().managedArrayCount()).isEqualTo(before);
    }

    @Test
    void tokenizerTruncatesToTheConfiguredLengthNotTheFilesDefault() {
        String longText = "word ".repeat(500);
        assertThat(model.tokenIds(longText)).hasSize(64);
        assertThat(model.tokenIds("short text")).hasSize(4);
    }

    /** Largest absolute differences over real tokens and over pooled outputs. */
    private record Comparison(double hidden, double pooled) {
    }

    private Comparison compare(BertEncoder encoder, List<String> texts) throws Exception {
        List<long[]> ids = new ArrayList<>();
        for (String text : texts) {
            ids.add(model.tokenIds(text));
        }
        int length = ids.stream().mapToInt(a -> a.length).max().orElseThrow();
        int hiddenSize = encoder.config().hiddenSize();
        long[][] inputIds = new long[texts.size()][length];
        long[][] mask = new long[texts.size()][length];
        long[][] types = new long[texts.size()][length];
        for (int r = 0; r < texts.size(); r++) {
            for (int t = 0; t < ids.get(r).length; t++) {
                inputIds[r][t] = ids.get(r)[t];
                mask[r][t] = 1;
            }
        }
        float[][][] expected;
        try (OnnxTensor idTensor = OnnxTensor.createTensor(environment, inputIds);
             OnnxTensor maskTensor = OnnxTensor.createTensor(environment, mask);
             OnnxTensor typeTensor = OnnxTensor.createTensor(environment, types);
             OrtSession.Result result = session.run(Map.of("input_ids", idTensor, "attention_mask", maskTensor,
                     "token_type_ids", typeTensor))) {
            expected = (float[][][]) result.get("last_hidden_state").orElseThrow().getValue();
        }
        float[] actual;
        float[] actualPooled;
        try (NDManager step = NDManager.newBaseManager(encoder.device())) {
            EncodedBatch batch = EncodedBatch.pad(step, ids);
            NDArray hidden = encoder.forward(step, batch, Injection.NONE);
            actual = hidden.toFloatArray();
            actualPooled = BertEncoder.meanPool(hidden, batch.attentionMask()).toFloatArray();
        }
        double hiddenDiff = 0;
        double pooledDiff = 0;
        for (int r = 0; r < texts.size(); r++) {
            int real = ids.get(r).length;
            for (int h = 0; h < hiddenSize; h++) {
                double sum = 0;
                for (int t = 0; t < real; t++) {
                    float want = expected[r][t][h];
                    sum += want;
                    hiddenDiff = Math.max(hiddenDiff, Math.abs(want - actual[(r * length + t) * hiddenSize + h]));
                }
                pooledDiff = Math.max(pooledDiff, Math.abs(sum / real - actualPooled[r * hiddenSize + h]));
            }
        }
        return new Comparison(hiddenDiff, pooledDiff);
    }
}
