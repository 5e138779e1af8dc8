package dev.peftu.engine.contributed;

import dev.peftu.eval.BaselineProvider;
import dev.peftu.eval.Contender;
import dev.peftu.eval.MethodSettings;
import java.util.Map;

/**
 * A provider that declares version 0, below the first version 1: registered only by the test
 * that checks such a provider fails discovery naming its class, never on the ordinary test class path.
 */
public final class VersionZeroBaseline implements BaselineProvider {

    /** The contender's name. */
    public static final String NAME = "version-zero";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of();
    }

    @Override
    public int version() {
        return 0;
    }

    @Override
    public Contender create(MethodSettings settings) {
        throw new UnsupportedOperationException("never created: its version is refused first");
    }
}
