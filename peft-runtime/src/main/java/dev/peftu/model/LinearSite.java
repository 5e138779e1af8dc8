package dev.peftu.model;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A linear layer of a base model that a PEFT method can adapt, named by its Hugging Face module
 * path inside the model's backbone ({@code encoder.layer.0.attention.self.query} in BERT,
 * {@code layers.0.self_attn.q_proj} in Llama), with its sizes. A base model lists its sites in
 * forward order ({@link Architecture#linearSites()}); their frozen weights are read through
 * {@link FrozenWeights}.
 *
 * @param modulePath the module path inside the backbone, as transformers names it
 * @param layer the transformer layer it belongs to, from 0
 * @param inFeatures the layer's input width
 * @param outFeatures the layer's output width
 */
public record LinearSite(String modulePath, int layer, int inFeatures, int outFeatures) {

    /** Checks the path and sizes. */
    public LinearSite {
        if (modulePath.isBlank() || layer < 0 || inFeatures <= 0 || outFeatures <= 0) {
            throw new IllegalArgumentException("linear site " + modulePath + " in layer " + layer + " with "
                    + inFeatures + " inputs and " + outFeatures + " outputs");
        }
    }

    /**
     * Returns the path inside its transformer layer, e.g. {@code attention.self.query} or
     * {@code self_attn.q_proj}: what follows the layer's index in {@link #modulePath()}.
     */
    public String pathInLayer() {
        String index = "." + layer + ".";
        int at = modulePath.indexOf(index);
        return at < 0 ? modulePath : modulePath.substring(at + index.length());
    }

    /** Returns the last part of the path, e.g. {@code query} or {@code q_proj}. */
    public String shortName() {
        return modulePath.substring(modulePath.lastIndexOf('.') + 1);
    }

    /**
     * Returns the sites of every layer in forward order: layer by layer, each layer's in the order
     * of {@code names}.
     *
     * @param layers the number of transformer layers
     * @param names the sites' names inside a layer, in forward order
     * @param site builds a layer's site from its name
     */
    public static List<LinearSite> everyLayer(int layers, List<String> names,
                                              BiFunction<Integer, String, LinearSite> site) {
        List<LinearSite> sites = new ArrayList<>();
        for (int layer = 0; layer < layers; layer++) {
            for (String name : names) {
                sites.add(site.apply(layer, name));
            }
        }
        return sites;
    }
}
