package dev.peftu.peft;

import ai.djl.ndarray.NDArray;
import dev.peftu.model.BertConfig;
import dev.peftu.model.Injection;
import dev.peftu.model.LinearSite;
import java.util.List;

/**
 * Houlsby adapters (Houlsby et al. 2019), named {@code adapter}: a bottleneck after the
 * attention output and another after the feed-forward output of every layer, each added to its
 * sub-layer's output before the pretrained add and LayerNorm. In AdapterHub's terms
 * ({@code DoubleSeqBnConfig}): {@code mh_adapter} and {@code output_adapter} true,
 * {@code original_ln_before} false, {@code original_ln_after} true, {@code residual_before_ln}
 * true; the non-linearity here is ReLU where AdapterHub's default is swish.
 */
public final class HoulsbyAdapterMethod extends BottleneckAdapterMethod {

    private static final List<String> SITES = List.of(LinearSite.ATTENTION_OUTPUT, LinearSite.OUTPUT);

    /** Creates the method. */
    public HoulsbyAdapterMethod() {
        super("adapter", SITES, false);
    }

    @Override
    public Injection attach(BertConfig base, BatchParameters parameters, BottleneckConfig config) {
        return new Injection() {
            @Override
            public NDArray linear(LinearSite site, NDArray input, NDArray output) {
                return SITES.contains(site.name()) ? output.add(bottleneck(parameters, site, output)) : output;
            }
        };
    }
}
