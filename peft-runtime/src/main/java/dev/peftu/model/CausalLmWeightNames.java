package dev.peftu.model;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The Hugging Face names and PyTorch shapes of a Llama-family causal LM's weights, as
 * {@code LlamaForCausalLM} and its relatives save them: the embedding, every layer's norms and
 * projections, the final norm and (unless tied to the embedding) the output projection.
 */
public final class CausalLmWeightNames {

    /** The input embedding, {@code [vocab, hidden]}. */
    public static final String EMBEDDING = "model.embed_tokens.weight";
    /** The final RMSNorm's weight, {@code [hidden]}. */
    public static final String FINAL_NORM = "model.norm.weight";
    /** The output projection, {@code [vocab, hidden]}, absent when tied to {@link #EMBEDDING}. */
    public static final String LM_HEAD = "lm_head.weight";
    /** The RMSNorm before attention, inside a layer. */
    public static final String INPUT_NORM = "input_layernorm";
    /** The RMSNorm before the feed-forward block, inside a layer. */
    public static final String POST_ATTENTION_NORM = "post_attention_layernorm";
    /** Qwen3's RMSNorm over each query head, inside a layer. */
    public static final String QUERY_NORM = "self_attn.q_norm";
    /** Qwen3's RMSNorm over each key head, inside a layer. */
    public static final String KEY_NORM = "self_attn.k_norm";

    private CausalLmWeightNames() {
    }

    /** Returns the full name of a weight inside a layer, e.g. {@code model.layers.0.input_layernorm.weight}. */
    public static String inLayer(CausalLmConfig config, int layer, String module, String part) {
        return config.modulePrefix() + "layers." + layer + "." + module + part;
    }

    /** Returns the full name of a linear site's weight ({@code .weight}) or bias ({@code .bias}). */
    public static String ofSite(CausalLmConfig config, LinearSite site, String part) {
        return config.qualifiedPath(site) + part;
    }

    /**
     * Returns every weight a model of this configuration needs, with its shape ({@code [out, in]}
     * for linear layers), in forward order.
     */
    public static Map<String, long[]> expectedShapes(CausalLmConfig config) {
        long hidden = config.hiddenSize();
        Map<String, long[]> shapes = new LinkedHashMap<>();
        shapes.put(EMBEDDING, new long[] {config.vocabSize(), hidden});
        for (int layer = 0; layer < config.layers(); layer++) {
            shapes.put(inLayer(config, layer, INPUT_NORM, ".weight"), new long[] {hidden});
            for (String name : CausalLmConfig.SITE_NAMES) {
                LinearSite site = config.site(layer, name);
                shapes.put(ofSite(config, site, ".weight"), new long[] {site.outFeatures(), site.inFeatures()});
                if (hasBias(config, name)) {
                    shapes.put(ofSite(config, site, ".bias"), new long[] {site.outFeatures()});
                }
            }
            if (config.queryKeyNorm()) {
                shapes.put(inLayer(config, layer, QUERY_NORM, ".weight"), new long[] {config.headSize()});
                shapes.put(inLayer(config, layer, KEY_NORM, ".weight"), new long[] {config.headSize()});
            }
            shapes.put(inLayer(config, layer, POST_ATTENTION_NORM, ".weight"), new long[] {hidden});
        }
        shapes.put(FINAL_NORM, new long[] {hidden});
        if (!config.tieWordEmbeddings()) {
            shapes.put(LM_HEAD, new long[] {config.vocabSize(), hidden});
        }
        return shapes;
    }

    /** Returns whether the linear layer of that name (one of {@link CausalLmConfig#SITE_NAMES}) has a bias. */
    public static boolean hasBias(CausalLmConfig config, String name) {
        return switch (name) {
            case CausalLmConfig.QUERY, CausalLmConfig.KEY, CausalLmConfig.VALUE -> config.queryKeyValueBias();
            case CausalLmConfig.ATTENTION_OUTPUT -> config.outputBias();
            default -> false;
        };
    }
}
