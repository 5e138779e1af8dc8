package dev.peftu.eval;

import dev.peftu.results.ContenderKind;
import java.util.Map;

/**
 * A contender that is its own {@link BaselineProvider}, as peftu's baselines and its combined
 * contenders are: the instance {@link java.util.ServiceLoader} makes has the default settings and
 * names the contender, and {@link #create} makes configured instances from checked settings. It
 * keeps the name, the defaults and the checked settings, and records the latter as the
 * contender's effective settings. Its kind is {@link ContenderKind#BASELINE} unless a subclass
 * says otherwise.
 */
public abstract class SelfProvidingContender implements Contender, BaselineProvider {

    private final String name;
    private final Map<String, String> defaults;
    private final MethodSettings settings;

    /**
     * Creates the contender.
     *
     * @param name its name on the leaderboard and in messages
     * @param defaults every key of its own with its default
     * @param settings the checked settings, or {@code null} for the defaults (the provider's instance)
     */
    protected SelfProvidingContender(String name, Map<String, String> defaults, MethodSettings settings) {
        this.name = name;
        this.defaults = Map.copyOf(defaults);
        this.settings = settings != null ? settings : settings(Map.of());
    }

    @Override
    public final String name() {
        return name;
    }

    @Override
    public final Map<String, String> defaults() {
        return defaults;
    }

    /** Returns the effective settings, for subclasses to read their own keys from. */
    protected final MethodSettings settings() {
        return settings;
    }

    @Override
    public Map<String, String> effectiveSettings() {
        return settings.asMap();
    }

    @Override
    public ContenderKind kind() {
        return ContenderKind.BASELINE;
    }
}
