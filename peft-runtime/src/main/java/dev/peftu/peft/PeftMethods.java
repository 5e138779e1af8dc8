package dev.peftu.peft;

import dev.peftu.eval.ContenderProvider;
import dev.peftu.eval.ContenderProviders;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * The PEFT methods on the class path, built in and contributed: the {@link ContenderProvider}s
 * that are {@link PeftMethod}s.
 */
public final class PeftMethods {

    private PeftMethods() {
    }

    /** Returns every PEFT method found through the thread's context class loader, by name, built-in ones first. */
    public static Map<String, PeftMethod<?>> all() {
        Map<String, PeftMethod<?>> methods = new LinkedHashMap<>();
        for (ContenderProvider provider : ContenderProviders.all().values()) {
            if (provider instanceof PeftMethod<?> method) {
                methods.put(method.name(), method);
            }
        }
        return methods;
    }

    /**
     * Finds a method by name.
     *
     * @param name the method's name
     * @return the method
     * @throws NoSuchElementException naming the known methods when none has that name
     */
    public static PeftMethod<?> byName(String name) {
        Map<String, PeftMethod<?>> methods = all();
        PeftMethod<?> method = methods.get(name);
        if (method == null) {
            throw new NoSuchElementException("no PEFT method named '" + name + "'; known: "
                    + List.copyOf(methods.keySet()));
        }
        return method;
    }
}
