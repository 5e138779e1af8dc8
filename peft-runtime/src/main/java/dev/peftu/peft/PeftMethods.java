package dev.peftu.peft;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.ServiceLoader;

/**
 * The PEFT methods on the class path, built in and contributed: every {@link PeftMethod}
 * registered with {@link ServiceLoader}.
 */
public final class PeftMethods {

    private PeftMethods() {
    }

    /**
     * Returns every method found, by name, built-in ones first.
     *
     * @param loader the class loader to search
     * @return the methods in discovery order
     */
    public static Map<String, PeftMethod> all(ClassLoader loader) {
        Map<String, PeftMethod> methods = new LinkedHashMap<>();
        for (PeftMethod method : ServiceLoader.load(PeftMethod.class, loader)) {
            PeftMethod previous = methods.putIfAbsent(method.name(), method);
            if (previous != null && previous.getClass() != method.getClass()) {
                throw new IllegalStateException("two PEFT methods are named '" + method.name() + "': "
                        + previous.getClass().getName() + " and " + method.getClass().getName());
            }
        }
        return methods;
    }

    /** Returns every method found through the thread's context class loader. */
    public static Map<String, PeftMethod> all() {
        return all(contextLoader());
    }

    /**
     * Finds a method by name.
     *
     * @param name the method's name
     * @return the method
     * @throws NoSuchElementException naming the known methods when none has that name
     */
    public static PeftMethod byName(String name) {
        Map<String, PeftMethod> methods = all();
        PeftMethod method = methods.get(name);
        if (method == null) {
            throw new NoSuchElementException("no PEFT method named '" + name + "'; known: "
                    + List.copyOf(methods.keySet()));
        }
        return method;
    }

    private static ClassLoader contextLoader() {
        ClassLoader loader = Thread.currentThread().getContextClassLoader();
        return loader != null ? loader : PeftMethods.class.getClassLoader();
    }
}
