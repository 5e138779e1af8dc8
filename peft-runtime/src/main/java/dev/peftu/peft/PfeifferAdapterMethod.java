package dev.peftu.peft;

import dev.peftu.model.LinearSite;
import java.util.List;

/**
 * Pfeiffer adapters (Pfeiffer et al. 2021), named {@code pfeiffer}: one bottleneck after the
 * feed-forward output of every layer, half the parameters of Houlsby's.
 */
public final class PfeifferAdapterMethod extends BottleneckAdapterMethod {

    /** Creates the method. */
    public PfeifferAdapterMethod() {
        super("pfeiffer", List.of(LinearSite.OUTPUT));
    }
}
