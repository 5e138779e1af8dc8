package dev.peftu.model;

import ai.djl.ndarray.NDArray;
import java.util.function.BinaryOperator;

/**
 * The points at which a parameter-efficient method changes a frozen base model's forward pass,
 * whatever the architecture: the input and output of every linear site, a layer's output after
 * its feed-forward block, virtual tokens before the text, and attention key/value prefixes.
 * Every hook receives and returns batch-major arrays, so one injection can serve a batch that
 * mixes several users' rows, each row through its own user's parameters. The default of every
 * hook leaves the model unchanged.
 */
public interface Injection {

    /** The injection that changes nothing: the plain pretrained model. */
    Injection NONE = new Injection() { };

    /**
     * Changes the input of a linear layer before its frozen product (IA3 rescales the input of
     * feed-forward layers).
     *
     * @param site which linear layer
     * @param input its input, {@code [batch, length, in]}
     * @return the input to use instead
     */
    default NDArray linearInput(LinearSite site, NDArray input) {
        return input;
    }

    /**
     * Changes the output of a linear layer (LoRA adds a low-rank update, adapters add a
     * bottleneck after attention and feed-forward output, IA3 scales keys and values).
     *
     * @param site which linear layer
     * @param input its input, {@code [batch, length, in]}, after {@link #linearInput}
     * @param output the frozen layer's output, {@code [batch, length, out]}
     * @return the output to use instead
     */
    default NDArray linear(LinearSite site, NDArray input, NDArray output) {
        return output;
    }

    /**
     * Returns a layer's output from its feed-forward output: by default the pretrained residual
     * join, {@code addAndNorm(output, residual)}. A method that works after the join (Pfeiffer
     * adapters) replaces it.
     *
     * @param layer the transformer layer
     * @param output the feed-forward output (of {@link Architecture#feedForwardOutput}),
     *     {@code [batch, length, hidden]}
     * @param residual the feed-forward block's residual input
     * @param addAndNorm the layer's pretrained residual join: {@code LayerNorm(output + residual)}
     *     in a post-norm encoder such as BERT, {@code output + residual} in a pre-norm model
     * @return the layer's output
     */
    default NDArray feedForwardOutput(int layer, NDArray output, NDArray residual,
                                      BinaryOperator<NDArray> addAndNorm) {
        return addAndNorm.apply(output, residual);
    }

    /**
     * Returns virtual tokens to put before the text's word embeddings, {@code [batch, tokens, hidden]},
     * or {@code null} for none (prompt tuning, p-tuning). As in HF PEFT, they join the word
     * embeddings before anything else runs (in BERT, before the position and token type
     * embeddings are added and the embedding LayerNorm runs): virtual tokens take positions
     * {@code 0..tokens-1} and the text follows.
     *
     * @param embeddings the text's word embeddings, {@code [batch, length, hidden]}
     * @return the virtual tokens, or {@code null}
     */
    default NDArray virtualTokens(NDArray embeddings) {
        return null;
    }

    /**
     * Returns key and value prefixes for one layer's attention, each
     * {@code [batch, tokens, keyValueWidth]} ({@link Architecture#keyValueWidth()}), or {@code null}
     * for none (prefix tuning).
     *
     * @param layer the transformer layer
     * @return {@code {keys, values}}, or {@code null}
     */
    default NDArray[] attentionPrefix(int layer) {
        return null;
    }

    /**
     * Returns the position the text's first token takes: 0, or the number of prefix tokens for
     * prefix tuning, as transformers places a text after its past keys and values.
     */
    default int positionOffset() {
        return 0;
    }

    /**
     * Stacks two injections: {@code outer} changes the encoder on top of {@code inner}, as a
     * user's module on top of a frozen task module. Linear inputs and outputs and the
     * feed-forward's residual join go through {@code inner} first, then {@code outer}; virtual
     * tokens and attention prefixes of both are kept, {@code inner}'s first, and the text comes
     * after both injections' prefixes.
     *
     * @param inner the injection applied first
     * @param outer the injection applied on top
     * @return the stacked injection
     */
    static Injection stacked(Injection inner, Injection outer) {
        return new Injection() {
            @Override
            public NDArray linearInput(LinearSite site, NDArray input) {
                return outer.linearInput(site, inner.linearInput(site, input));
            }

            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                return outer.linear(site, input, inner.linear(site, input, output));
            }

            @Override
            public int positionOffset() {
                return inner.positionOffset() + outer.positionOffset();
            }

            @Override
            public NDArray feedForwardOutput(int layer, NDArray output, NDArray residual,
                                             BinaryOperator<NDArray> addAndNorm) {
                // the outer module sees the add and LayerNorm as the inner module changed it
                return outer.feedForwardOutput(layer, output, residual,
                        (o, r) -> inner.feedForwardOutput(layer, o, r, addAndNorm));
            }

            @Override
            public NDArray virtualTokens(NDArray embeddings) {
                return joined(inner.virtualTokens(embeddings), outer.virtualTokens(embeddings));
            }

            @Override
            public NDArray[] attentionPrefix(int layer) {
                NDArray[] first = inner.attentionPrefix(layer);
                NDArray[] second = outer.attentionPrefix(layer);
                if (first == null || second == null) {
                    return first == null ? second : first;
                }
                return new NDArray[] {first[0].concat(second[0], 1), first[1].concat(second[1], 1)};
            }

            private NDArray joined(NDArray first, NDArray second) {
                if (first == null || second == null) {
                    return first == null ? second : first;
                }
                return first.concat(second, 1);
            }
        };
    }
}
