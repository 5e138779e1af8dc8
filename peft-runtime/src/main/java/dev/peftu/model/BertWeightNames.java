package dev.peftu.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hugging Face names and PyTorch shapes of a BERT encoder's weights, and the normalisation of
 * checkpoint names ({@code bert.} prefix) to them.
 */
public final class BertWeightNames {

    /** The prefix Hugging Face task models (e.g. {@code BertForSequenceClassification}) put before encoder weights. */
    public static final String BERT_PREFIX = "bert.";

    private BertWeightNames() {
    }

    /** Returns the name without a leading {@code bert.}, or unchanged when it has none. */
    public static String stripBertPrefix(String name) {
        return name.startsWith(BERT_PREFIX) ? name.substring(BERT_PREFIX.length()) : name;
    }

    /**
     * Returns the weights with a leading {@code bert.} removed from every name that has one.
     *
     * @throws IllegalArgumentException if two names become equal, e.g. both {@code x} and {@code bert.x}
     */
    public static Map<String, HostTensor> stripBertPrefix(Map<String, HostTensor> weights) {
        Map<String, HostTensor> stripped = new LinkedHashMap<>();
        weights.forEach((name, tensor) -> {
            if (stripped.putIfAbsent(stripBertPrefix(name), tensor) != null) {
                throw new IllegalArgumentException("weight " + name + " clashes with another weight named "
                        + stripBertPrefix(name) + " once the bert. prefix is removed");
            }
        });
        return stripped;
    }

    /**
     * Returns every weight an encoder of this configuration needs, with its shape ({@code [out, in]}
     * for linear layers), embeddings first and then layer by layer.
     */
    public static Map<String, long[]> expectedShapes(BertConfig config) {
        long hidden = config.hiddenSize();
        long intermediate = config.intermediateSize();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put("embeddings.word_embeddings.weight", new long[] {config.vocabSize(), hidden});
        shapes.put("embeddings.position_embeddings.weight", new long[] {config.maxPositions(), hidden});
        shapes.put("embeddings.token_type_embeddings.weight", new long[] {config.typeVocabSize(), hidden});
        putLayerNorm(shapes, "embeddings.LayerNorm", hidden);
        for (int layer = 0; layer < config.layers(); layer++) {
            String prefix = "encoder.layer." + layer + ".";
            putLinear(shapes, prefix + "attention.self.query", hidden, hidden);
            putLinear(shapes, prefix + "attention.self.key", hidden, hidden);
            putLinear(shapes, prefix + "attention.self.value", hidden, hidden);
            putLinear(shapes, prefix + "attention.output.dense", hidden, hidden);
            putLayerNorm(shapes, prefix + "attention.output.LayerNorm", hidden);
            putLinear(shapes, prefix + "intermediate.dense", intermediate, hidden);
            putLinear(shapes, prefix + "output.dense", hidden, intermediate);
            putLayerNorm(shapes, prefix + "output.LayerNorm", hidden);
        }
        return shapes;
    }

    private static void putLinear(Map<String, long[]> shapes, String module, long out, long in) {
        shapes.put(module + ".weight", new long[] {out, in});
        shapes.put(module + ".bias", new long[] {out});
    }

    private static void putLayerNorm(Map<String, long[]> shapes, String module, long width) {
        shapes.put(module + ".weight", new long[] {width});
        shapes.put(module + ".bias", new long[] {width});
    }
}
