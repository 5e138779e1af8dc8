package dev.peftu.variants;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import dev.peftu.eval.ContenderProvider;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.ResultsJson;
import dev.peftu.store.ModuleStore;
import dev.peftu.store.Safetensors;
import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * The README's "Adding a contender" shows a complete method: the exact block compiles against the
 * published SPI, registers with one services line and trains through the real engine.
 */
class ReadmeExampleTest {

    private static final String CLASS_NAME = "com.example.OutputBiasMethod";

    @TempDir
    Path workDir;

    @Test
    void theReadmesMethodCompilesRegistersAndTrains() throws Exception {
        Path classes = compileReadmeExample();
        Path services = classes.resolve("META-INF/services/" + ContenderProvider.class.getName());
        Files.createDirectories(services.getParent());
        Files.writeString(services, CLASS_NAME + "\n");
        Path resultsFile = workDir.resolve("results.json");
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader withMethod = new URLClassLoader(new URL[] {classes.toUri().toURL()}, previous)) {
            thread.setContextClassLoader(withMethod);
            EngineTestKit.engine(Constants.ENGINE_ID).selectors(selectClass(ReadmeExampleBoard.class))
                    .configurationParameters(Map.of(Constants.RESULTS_FILE, resultsFile.toString(),
                            Constants.MODULE_STORE, workDir.resolve("modules").toString(), Constants.PROGRESS, "false"))
                    .execute();
        } finally {
            thread.setContextClassLoader(previous);
        }
        MethodResult method = ResultsJson.read(resultsFile).benchmarks().get(0).methods().get(0);
        assertThat(method.name()).isEqualTo("output-bias");
        assertThat(method.status()).isEqualTo(Outcome.PASSED);
        Path user;
        try (Stream<Path> users = Files.list(ModuleStore.benchmarkRoot(workDir.resolve("modules"), "readme-example")
                .resolve("output-bias"))) {
            user = users.filter(Files::isDirectory).sorted().findFirst().orElseThrow();
        }
        // on BERT, auto targets query and value: one bias per layer and target
        assertThat(Safetensors.read(user.resolve(ModuleStore.WEIGHTS_FILE)).keySet())
                .filteredOn(key -> key.endsWith(".output_bias")).hasSize(12)
                .contains("base_model.model.bert.encoder.layer.0.attention.self.query.output_bias");
    }

    /** Compiles the README's Java block that declares the example method, on this test's class path. */
    private Path compileReadmeExample() throws IOException {
        String readme = Files.readString(Path.of("../README.md"));
        Matcher blocks = Pattern.compile("```java\n(.*?)```", Pattern.DOTALL).matcher(readme);
        String source = null;
        while (blocks.find()) {
            if (blocks.group(1).contains("public final class OutputBiasMethod")) {
                source = blocks.group(1);
            }
        }
        assertThat(source).as("README.md has a java block declaring OutputBiasMethod").isNotNull();
        Path file = workDir.resolve("src/com/example/OutputBiasMethod.java");
        Files.createDirectories(file.getParent());
        Files.writeString(file, source);
        Path classes = workDir.resolve("classes");
        Files.createDirectories(classes);
        JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
        int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"),
                "-d", classes.toString(), "--release", "17", "-Xlint:all", "-Werror", file.toString());
        assertThat(status).as("javac of the README's example (see the test's output)").isZero();
        return classes;
    }
}
