package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.model.Architecture;
import java.util.function.BinaryOperator;

/**
 * Pfeiffer adapters (Pfeiffer et al. 2021), named {@code pfeiffer}: one bottleneck per layer,
 * after the feed-forward block's add and LayerNorm, half the parameters of Houlsby's. Placement
 * as AdapterHub's {@code SeqBnConfig} (formerly {@code PfeifferConfig}): {@code mh_adapter}
 * false, {@code output_adapter} true, {@code original_ln_before} true (the pretrained add and
 * LayerNorm run before the adapter), {@code original_ln_after} true (the same pretrained
 * LayerNorm runs again after it, over the feed-forward's input added back),
 * {@code residual_before_ln} true (the adapter's own residual is the feed-forward output taken
 * before that add and LayerNorm), no new LayerNorms ({@code ln_before}, {@code ln_after} false),
 * ReLU, reduction factor 16. With {@code f} the feed-forward output, {@code x} its input and
 * {@code LN} the layer's output LayerNorm, the layer's output is
 * {@code LN(adapter(LN(f + x)) + f + x)}; a zero up-projection gives back {@code LN(f + x)},
 * the pretrained layer.
 */
public final class PfeifferAdapterMethod extends BottleneckAdapterMethod {

    /** Creates the method. */
    public PfeifferAdapterMethod() {
        super("pfeiffer", false, true);
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, BottleneckConfig config) {
        return new Injection() {
            @Override
            public NDArray feedForwardOutput(int layer, NDArray output, NDArray residual,
                                             BinaryOperator<NDArray> addAndNorm) {
                NDArray normed = addAndNorm.apply(output, residual);
                Architecture architecture = base.architecture();
                NDArray adapted = bottleneck(parameters, architecture, architecture.feedForwardOutput(layer), normed);
                return addAndNorm.apply(adapted.add(output), residual);
            }
        };
    }
}
