package dev.peftu.engine.contributed;

import dev.peftu.eval.ContenderProvider;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/**
 * Registers a contributed provider for the length of one call, as a jar with its services line on
 * the class path would: a services file written under a directory of its own, on a class loader
 * that becomes the thread's context class loader, where peftu looks for contenders.
 */
public final class ContextServices {

    private ContextServices() {
    }

    /**
     * Calls {@code call} with {@code provider} registered.
     *
     * @param directory an empty directory for the services file
     * @param provider the provider class, already on the test class path
     * @param call what runs with the provider registered
     * @return what the call returns
     */
    public static <T> T with(Path directory, Class<? extends ContenderProvider> provider, Callable<T> call)
            throws Exception {
        Path services = directory.resolve("META-INF/services/" + ContenderProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, provider.getName() + "\n");
        Thread thread = Thread.currentThread();
        ClassLoader original = thread.getContextClassLoader();
        try (URLClassLoader registered = new URLClassLoader(new URL[] {directory.toUri().toURL()}, original)) {
            thread.setContextClassLoader(registered);
            return call.call();
        } finally {
            thread.setContextClassLoader(original);
        }
    }
}
