package dev.peftu.maven.launch;

import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * peftu on a project's test class path, in a class loader of its own whose parent is the platform
 * loader: the project's classes, its test dependencies and the launcher jars see nothing of Maven
 * or the plugin. It runs the engine ({@link #execute}) or exports stored modules ({@link #export}).
 */
public final class EngineRun {

    /** The runtime's exporter, called by name: the plugin does not depend on the runtime. */
    static final String MODULE_EXPORT = "dev.peftu.export.ModuleExport";

    private final List<Path> classpath;

    /**
     * A run over the given class path: the project's test classes, classes and test-scope
     * artifacts, followed by the launcher jars (the plugin jar, junit-platform-launcher,
     * junit-platform-reporting and what they need that the project lacks).
     */
    public EngineRun(List<Path> classpath) {
        this.classpath = List.copyOf(classpath);
    }

    /**
     * Runs the benchmarks found in {@code testClasses}.
     *
     * @param configuration JUnit Platform configuration parameters for the engine
     * @param junitReportsDirectory where the JUnit XML reports go
     * @throws IOException when the class loader cannot be built or closed
     * @throws IllegalStateException when the launcher cannot be reached or throws
     */
    public EngineOutcome execute(Map<String, String> configuration, Path testClasses, Path junitReportsDirectory)
            throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> outcome = (Map<String, Object>) call(IsolatedLauncher.class.getName(), "run",
                new Class<?>[] {Map.class, List.class, String.class}, "the peftu engine run",
                Map.copyOf(configuration), List.of(testClasses.toString()), junitReportsDirectory.toString());
        @SuppressWarnings("unchecked")
        List<String> failures = (List<String>) outcome.get("failures");
        return new EngineOutcome((Long) outcome.get("containers"), (Long) outcome.get("tests"),
                (Long) outcome.get("succeeded"), (Long) outcome.get("failed"), (Long) outcome.get("aborted"), failures);
    }

    /**
     * Exports stored modules through the runtime's {@value #MODULE_EXPORT} on this class path,
     * which converts the base model without the plugin needing DJL or the model's classes.
     *
     * @param request what {@code ModuleExport.run} takes: {@code store}, {@code directory} and
     *     {@code modules} (lists of benchmark, label and user)
     * @return {@code modules} (how many) and {@code base} (the base model's name or path)
     * @throws IOException when the class loader cannot be built or closed
     * @throws IllegalStateException when the export cannot be reached or fails, with its message
     */
    public Map<String, Object> export(Map<String, Object> request) throws IOException {
        @SuppressWarnings("unchecked")
        Map<String, Object> result = (Map<String, Object>) call(MODULE_EXPORT, "run", new Class<?>[] {Map.class},
                "the export", Map.copyOf(request));
        return result;
    }

    private Object call(String className, String methodName, Class<?>[] types, String what, Object... arguments)
            throws IOException {
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("peftu-engine-run", urls(), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Method method = loader.loadClass(className).getMethod(methodName, types);
            return method.invoke(null, arguments);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("cannot reach " + className + " on the class path " + classpath, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(what + " failed: " + e.getCause().getMessage(), e.getCause());
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    private URL[] urls() throws MalformedURLException {
        List<URL> urls = new ArrayList<>();
        for (Path entry : classpath) {
            urls.add(entry.toUri().toURL());
        }
        return urls.toArray(URL[]::new);
    }
}
