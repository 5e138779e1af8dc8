package dev.peftu.model;

import java.util.List;

/**
 * What a PEFT method may know of a base model's architecture, whatever the model: its sizes and
 * its linear layers by Hugging Face module path. Methods written against this contract (and
 * {@link FrozenWeights}, {@link Injection}) run on every base model peftu loads, an encoder of the
 * BERT family as well as a causal LM of the Llama family.
 */
public interface Architecture {

    /** Returns the {@code model_type} of the model's {@code config.json}, e.g. {@code bert} or {@code llama}. */
    String modelType();

    /**
     * Returns the prefix of the backbone's module paths inside the Hugging Face model a stored module
     * adapts, with its trailing dot: {@code bert.} for {@code BertForSequenceClassification},
     * {@code model.} for {@code LlamaForCausalLM}. HF PEFT names keys and matches targets by the full
     * path, {@code prefix + modulePath}.
     */
    String modulePrefix();

    /**
     * Returns whether the model is a causal (generative) LM, whose batches are scored by the
     * likelihood of each label's words after a prompt, rather than an encoder, whose pooled states
     * feed a classification head.
     */
    default boolean generative() {
        return false;
    }

    /** Returns the width of every hidden state (and of the input embeddings). */
    int hiddenSize();

    /** Returns the number of transformer layers. */
    int layers();

    /** Returns the number of attention heads of every layer's queries. */
    int attentionHeads();

    /** Returns the width of one attention head. */
    int headSize();

    /**
     * Returns the width of one token's attention keys (and values) in every layer: the number of
     * key/value heads times the head width, which grouped-query attention makes smaller than the
     * hidden size.
     */
    int keyValueWidth();

    /** Returns every linear layer a method may adapt, in forward order, layer by layer. */
    List<LinearSite> linearSites();

    /** Returns the site whose output is a layer's attention block output (before the residual). */
    LinearSite attentionOutput(int layer);

    /** Returns the site whose output is a layer's feed-forward block output (before the residual). */
    LinearSite feedForwardOutput(int layer);

    /**
     * Returns a site's full module path in the Hugging Face model, as HF PEFT names and matches it,
     * e.g. {@code bert.encoder.layer.0.attention.self.query}.
     */
    default String qualifiedPath(LinearSite site) {
        return modulePrefix() + site.modulePath();
    }
}
