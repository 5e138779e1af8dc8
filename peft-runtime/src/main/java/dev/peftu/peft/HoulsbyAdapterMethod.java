package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.HashSet;
import java.util.Set;

/**
 * Houlsby adapters (Houlsby et al. 2019), named {@code adapter}: a bottleneck after the
 * attention output and another after the feed-forward output of every layer, each added to its
 * sub-layer's output before the pretrained add and LayerNorm. In AdapterHub's terms
 * ({@code DoubleSeqBnConfig}): {@code mh_adapter} and {@code output_adapter} true,
 * {@code original_ln_before} false, {@code original_ln_after} true, {@code residual_before_ln}
 * true; the non-linearity here is ReLU where AdapterHub's default is swish.
 */
public final class HoulsbyAdapterMethod extends BottleneckAdapterMethod {

    /** Creates the method. */
    public HoulsbyAdapterMethod() {
        super("adapter", true, false);
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, BottleneckConfig config) {
        Architecture architecture = base.architecture();
        Set<LinearSite> sites = new HashSet<>();
        for (int layer = 0; layer < architecture.layers(); layer++) {
            sites.addAll(sites(architecture, layer));
        }
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                return sites.contains(site) ? output.add(bottleneck(parameters, architecture, site, output)) : output;
            }
        };
    }
}
