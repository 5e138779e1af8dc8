package dev.peftu.peft;

import dev.peftu.model.LinearSite;
import java.util.List;

/**
 * Houlsby adapters (Houlsby et al. 2019), named {@code adapter}: a bottleneck after the
 * attention output and another after the feed-forward output of every layer.
 */
public final class HoulsbyAdapterMethod extends BottleneckAdapterMethod {

    /** Creates the method. */
    public HoulsbyAdapterMethod() {
        super("adapter", List.of(LinearSite.ATTENTION_OUTPUT, LinearSite.OUTPUT));
    }
}
