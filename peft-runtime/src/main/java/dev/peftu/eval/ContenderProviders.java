package dev.peftu.eval;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.ServiceLoader;

/**
 * The contender providers on a class path, by name: every {@link ContenderProvider} registered
 * with {@link ServiceLoader}, peftu's own first. Two different providers of one name are an
 * error, whatever their kinds, so a name always means one contender; so is a version below 1.
 */
public final class ContenderProviders {

    private ContenderProviders() {
    }

    /**
     * Returns every provider found, by name, in discovery order.
     *
     * @param loader the class loader to search
     * @return the providers
     * @throws IllegalStateException naming both classes when two providers share a name, or
     *     naming the class whose version is below 1
     */
    public static Map<String, ContenderProvider> all(ClassLoader loader) {
        Map<String, ContenderProvider> providers = new LinkedHashMap<>();
        for (ContenderProvider provider : ServiceLoader.load(ContenderProvider.class, loader)) {
            if (provider.version() < 1) {
                throw new IllegalStateException("contender '" + provider.name() + "' of " + provider.getClass().getName()
                        + " has version " + provider.version() + "; expected a whole number >= 1");
            }
            ContenderProvider previous = providers.putIfAbsent(provider.name(), provider);
            if (previous != null && previous.getClass() != provider.getClass()) {
                throw new IllegalStateException("two contenders are named '" + provider.name() + "': "
                        + previous.getClass().getName() + " and " + provider.getClass().getName());
            }
        }
        return providers;
    }

    /** Returns every provider found through the thread's context class loader. */
    public static Map<String, ContenderProvider> all() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return all(loader != null ? loader : ContenderProviders.class.getClassLoader());
    }
}
