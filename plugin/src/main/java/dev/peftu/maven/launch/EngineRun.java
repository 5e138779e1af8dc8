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
 * One run of the peftu engine on a project's test class path, in a class loader of its own whose
 * parent is the platform loader: the project's classes, its test dependencies and the launcher jars
 * see nothing of Maven or the plugin.
 */
public final class EngineRun {

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
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader("peftu-engine-run", urls(), ClassLoader.getPlatformClassLoader())) {
            thread.setContextClassLoader(loader);
            Class<?> launcher = loader.loadClass(IsolatedLauncher.class.getName());
            Method run = launcher.getMethod("run", Map.class, List.class, String.class);
            @SuppressWarnings("unchecked")
            Map<String, Object> outcome = (Map<String, Object>) run.invoke(null, Map.copyOf(configuration),
                    List.of(testClasses.toString()), junitReportsDirectory.toString());
            @SuppressWarnings("unchecked")
            List<String> failures = (List<String>) outcome.get("failures");
            return new EngineOutcome((Long) outcome.get("containers"), (Long) outcome.get("tests"),
                    (Long) outcome.get("succeeded"), (Long) outcome.get("failed"), (Long) outcome.get("aborted"), failures);
        } catch (ClassNotFoundException | NoSuchMethodException | IllegalAccessException e) {
            throw new IllegalStateException("cannot reach the JUnit Platform launcher on the class path " + classpath, e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("the peftu engine run failed: " + e.getCause(), e.getCause());
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
