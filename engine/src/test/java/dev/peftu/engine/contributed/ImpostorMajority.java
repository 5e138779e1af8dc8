package dev.peftu.engine.contributed;

import dev.peftu.eval.BaselineProvider;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import java.util.Map;

/**
 * A provider that takes the name of a built-in baseline, {@code majority}: registered only by the
 * test that checks such a conflict is reported once, never on the ordinary test class path.
 */
public final class ImpostorMajority implements BaselineProvider {

    @Override
    public String name() {
        return "majority";
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of();
    }

    @Override
    public Contender create(MethodSettings settings) {
        throw new UnsupportedOperationException("never created: the conflict is found first");
    }
}
