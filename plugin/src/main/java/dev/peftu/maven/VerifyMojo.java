package dev.peftu.maven;

import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.maven.launch.EngineOutcome;
import dev.peftu.maven.launch.EngineRun;
import dev.peftu.results.RunResults;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Runs the project's peftu benchmark specs, renders the HTML report and gates the build.
 *
 * <p>The peftu engine runs through the JUnit Platform launcher in a class loader holding only the
 * project's test class path and the launcher, discovering specs in the test classes with the
 * {@code peftu} engine alone; JUnit XML goes to {@code target/peftu/junit}. Then the results file is
 * read, the report rendered, rules and the regression check applied, and the build fails listing
 * every failed rule, regression and engine test (failed users, methods and {@code @Gate}s) with
 * its numbers.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class VerifyMojo extends AbstractPeftuMojo {

    private static final Set<String> LAUNCHER_GROUPS = Set.of("org.junit.platform", "org.opentest4j", "org.apiguardian",
            "org.slf4j");

    /** Skips the goal. */
    @Parameter(property = "peftu.skip", defaultValue = "false")
    private boolean skip;

    /** The root directory of real datasets, passed to the engine as {@code peftu.data}. */
    @Parameter(property = "peftu.data")
    private File data;

    /** A seed overriding every benchmark's, passed as {@code peftu.seed}. */
    @Parameter(property = "peftu.seed")
    private Long seed;

    /** Comma-separated methods replacing every benchmark's, passed as {@code peftu.methods}. */
    @Parameter(property = "peftu.methods")
    private String methods;

    /** At most this many users per benchmark, passed as {@code peftu.usersLimit}. */
    @Parameter(property = "peftu.usersLimit")
    private Integer usersLimit;

    /** Training epochs of every PEFT method, passed as {@code peftu.epochs}. */
    @Parameter(property = "peftu.epochs")
    private Integer epochs;

    /** Further JUnit Platform configuration parameters for the engine, e.g. {@code peftu.moduleStore}. */
    @Parameter
    private Map<String, String> configurationParameters = new LinkedHashMap<>();

    /** Where JUnit XML reports of the engine run go. */
    @Parameter(defaultValue = "${project.build.directory}/peftu/junit")
    private File junitReportsDirectory;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        if (skip) {
            getLog().info("peftu verification skipped (peftu.skip)");
            return;
        }
        Path testClasses = Paths.get(project.getBuild().getTestOutputDirectory());
        if (!Files.isDirectory(testClasses)) {
            getLog().info("No test classes at " + testClasses + "; no peftu benchmarks to run");
            return;
        }
        EngineOutcome outcome = runEngine(testClasses);
        getLog().info("peftu engine: " + outcome.tests() + " tests, " + outcome.succeeded() + " passed, "
                + outcome.failed() + " failed");
        if (!Files.isRegularFile(resultsFile.toPath()) && outcome.tests() == 0 && outcome.failed() == 0) {
            getLog().warn("No @PeftuBenchmark specs found in " + testClasses + "; nothing to gate");
            return;
        }
        RunResults results = readResults();
        List<GateVerdict> verdicts = evaluateGates(results);
        renderReport(results, verdicts);
        verdicts.stream().filter(GateVerdict::passed).forEach(v -> getLog().info("passed " + v.describe()));
        failIfAnythingFailed(verdicts, outcome);
    }

    private EngineOutcome runEngine(Path testClasses) throws MojoExecutionException {
        try {
            return new EngineRun(classpath()).execute(engineConfiguration(), testClasses,
                    junitReportsDirectory.toPath());
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("cannot run the peftu engine: " + e.getMessage(), e);
        }
    }

    private Map<String, String> engineConfiguration() {
        Map<String, String> configuration = new LinkedHashMap<>(configurationParameters);
        configuration.put("peftu.resultsFile", resultsFile.getAbsolutePath());
        if (data != null) {
            configuration.put("peftu.data", (data.isAbsolute() ? data : new File(project.getBasedir(), data.getPath()))
                    .getAbsolutePath());
        }
        putIfSet(configuration, "peftu.seed", seed);
        putIfSet(configuration, "peftu.methods", methods);
        putIfSet(configuration, "peftu.usersLimit", usersLimit);
        putIfSet(configuration, "peftu.epochs", epochs);
        return configuration;
    }

    private static void putIfSet(Map<String, String> configuration, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            configuration.put(key, value.toString().trim());
        }
    }

    /** The project's test class path, then the launcher jars the project does not already have. */
    private List<Path> classpath() throws MojoExecutionException {
        List<Path> entries = new ArrayList<>();
        try {
            project.getTestClasspathElements().forEach(element -> entries.add(Paths.get(element)));
        } catch (DependencyResolutionRequiredException e) {
            throw new MojoExecutionException("the test class path of " + project.getId() + " is not resolved", e);
        }
        Set<String> present = project.getArtifacts().stream()
                .map(a -> a.getGroupId() + ":" + a.getArtifactId()).collect(Collectors.toSet());
        for (Artifact artifact : plugin.getArtifacts()) {
            if (LAUNCHER_GROUPS.contains(artifact.getGroupId())
                    && !present.contains(artifact.getGroupId() + ":" + artifact.getArtifactId())) {
                entries.add(artifact.getFile().toPath());
            }
        }
        entries.add(plugin.getPluginArtifact().getFile().toPath());
        return entries;
    }

    private void failIfAnythingFailed(List<GateVerdict> verdicts, EngineOutcome outcome) throws MojoFailureException {
        List<GateVerdict> failed = verdicts.stream().filter(v -> !v.passed()).toList();
        if (failed.isEmpty() && outcome.failed() == 0) {
            getLog().info("peftu: all " + verdicts.size() + " gate checks passed");
            return;
        }
        StringBuilder message = new StringBuilder("peftu verification failed");
        if (!failed.isEmpty()) {
            message.append("\n").append(failed.size()).append(" of ").append(verdicts.size())
                    .append(" gate checks failed:");
            failed.forEach(v -> message.append("\n  ").append(v.describe()));
        }
        if (outcome.failed() > 0) {
            message.append("\n").append(outcome.failed()).append(" engine tests failed (users, methods or @Gates):");
            outcome.failures().forEach(f -> message.append("\n  ").append(f));
        }
        message.append("\nReport: ").append(outputDirectory.toPath().resolve("index.html"));
        throw new MojoFailureException(message.toString());
    }
}
