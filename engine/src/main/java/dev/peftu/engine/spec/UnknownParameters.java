package dev.peftu.engine.spec;

import dev.peftu.api.EngineParameters;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the configuration parameters in peftu's namespace that nothing reads, so that a
 * misspelled key fails the run instead of being ignored. Known are the engine's keys and the Maven
 * plugin's properties (see {@link EngineParameters}); keys under {@value EngineParameters#BENCH_PREFIX}
 * belong to the runtime's benchmarks and are left alone; keys outside {@value EngineParameters#PREFIX}
 * are a spec's own, for its {@code ${...}} references.
 */
public final class UnknownParameters {

    private static final LevenshteinDistance DISTANCE = LevenshteinDistance.getDefaultInstance();

    private UnknownParameters() {
    }

    /**
     * Returns one message per unknown key, sorted by key, naming the closest known key when one is
     * near, e.g. {@code configuration parameter peftu.epoch is unknown; did you mean peftu.epochs?}.
     *
     * @param keys every configuration parameter set, from any source
     */
    public static List<String> problems(Collection<String> keys) {
        return new TreeSet<>(keys).stream().filter(UnknownParameters::isUnknown).map(UnknownParameters::problem).toList();
    }

    /** Returns whether the key is in peftu's namespace but neither the engine's nor the plugin's nor the benchmarks'. */
    static boolean isUnknown(String key) {
        return key.startsWith(EngineParameters.PREFIX) && !key.startsWith(EngineParameters.BENCH_PREFIX)
                && !EngineParameters.ENGINE_KEYS.contains(key) && !EngineParameters.PLUGIN_KEYS.contains(key);
    }

    private static String problem(String key) {
        String source = System.getProperties().containsKey(key) ? " (a -D system property)" : "";
        return "configuration parameter " + key + source + " is unknown; "
                + closest(key).map(known -> "did you mean " + known + "?")
                        .orElse("expected one of " + new TreeSet<>(EngineParameters.ENGINE_KEYS));
    }

    /** Returns the known key nearest to the given one, if it is near enough to be a likely typo. */
    static Optional<String> closest(String key) {
        String typed = key.toLowerCase(Locale.ROOT);
        Set<String> plugin = EngineParameters.PLUGIN_KEYS;
        return Stream.concat(EngineParameters.ENGINE_KEYS.stream(), plugin.stream())
                .min(Comparator.comparingInt((String known) -> distance(typed, known)).thenComparing(known -> known))
                .filter(known -> distance(typed, known) <= Math.max(2, known.length() / 4));
    }

    private static int distance(String typed, String known) {
        String suffix = typed.substring(EngineParameters.PREFIX.length());
        String knownSuffix = known.toLowerCase(Locale.ROOT).substring(EngineParameters.PREFIX.length());
        return DISTANCE.apply(suffix, knownSuffix);
    }
}
