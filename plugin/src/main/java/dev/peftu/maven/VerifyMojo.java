package dev.peftu.maven;

import dev.peftu.api.EngineParameters;
import dev.peftu.maven.launch.EngineOutcome;
import dev.peftu.maven.launch.EngineRun;
import dev.peftu.maven.launch.ProjectClasspath;
import dev.peftu.maven.parameter.BooleanParameter;
import dev.peftu.results.RunResults;
import dev.peftu.results.Shard;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
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
 * {@code peftu} engine alone; JUnit XML goes to {@code target/peftu/junit}. The outputs of an
 * earlier run are removed first ({@link EarlierOutputs}), so only this run's results are ever gated
 * or look current. Then the results file is
 * read, the report rendered, rules and the regression check applied, and the build fails listing
 * every failed rule, regression and engine test (failed or aborted users, methods, benchmarks and
 * {@code @Gate}s) with its message. With gates configured, a run in which no benchmark produced
 * results fails too, naming each benchmark and why it did not run, unless {@code allowSkipped}.
 */
@Mojo(name = "verify", defaultPhase = LifecyclePhase.VERIFY, requiresDependencyResolution = ResolutionScope.TEST,
        threadSafe = true)
public final class VerifyMojo extends AbstractPeftuMojo {

    /**
     * Runs one shard of the users, {@code i/n}, passed as {@code peftu.shard}: its results go to
     * {@code results-shard-i-of-n.json} beside the results file, and gates wait for
     * {@code mvn peftu:merge} over all shards.
     */
    @Parameter(property = EngineParameters.SHARD)
    private String shard;

    /** Skips the goal. */
    @Parameter(property = EngineParameters.SKIP, defaultValue = "false")
    private String skip;

    /** The root directory of real datasets, passed to the engine as {@code peftu.data}. */
    @Parameter(property = EngineParameters.DATA_DIRECTORY)
    private File data;

    /** A seed overriding every benchmark's, passed as {@code peftu.seed}. */
    @Parameter(property = EngineParameters.SEED)
    private Long seed;

    /** Comma-separated methods replacing every benchmark's, passed as {@code peftu.methods}. */
    @Parameter(property = EngineParameters.METHODS)
    private String methods;

    /** Comma-separated names of the benchmarks to run, passed as {@code peftu.benchmarks}; default all. */
    @Parameter(property = EngineParameters.BENCHMARKS)
    private String benchmarks;

    /** At most this many users per benchmark, passed as {@code peftu.usersLimit}. */
    @Parameter(property = EngineParameters.USERS_LIMIT)
    private Integer usersLimit;

    /** Training epochs of every PEFT method, passed as {@code peftu.epochs}. */
    @Parameter(property = EngineParameters.EPOCHS)
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
        if (skipped()) {
            getLog().info("peftu verification skipped (" + EngineParameters.SKIP + ")");
            return;
        }
        checkConfiguration();
        checkEngineParameters();
        removeEarlierOutputs();
        Path testClasses = Paths.get(project.getBuild().getTestOutputDirectory());
        if (!Files.isDirectory(testClasses)) {
            nothingDeclared("no test classes at " + testClasses);
            return;
        }
        EngineOutcome outcome = runEngine(testClasses);
        getLog().info("peftu engine: " + outcome.tests() + " tests, " + outcome.succeeded() + " passed, "
                + outcome.failed() + " failed, " + outcome.aborted() + " aborted");
        if (shard().isPresent()) {
            finishShard(outcome);
            return;
        }
        if (!Files.isRegularFile(resultsFile.toPath())) {
            if (!outcome.foundSpecs() && !outcome.hasFailures()) {
                nothingDeclared("no @PeftuBenchmark specs in " + testClasses);
                return;
            }
            throw new BuildFailure().add(outcome.foundSpecs()
                    ? "peftu found benchmark specs in " + testClasses + " but none of them produced results ("
                            + resultsFile + " was not written)"
                    : "the peftu engine wrote no results to " + resultsFile).addEngine(outcome).toException();
        }
        RunResults results;
        try {
            results = readResultsFile();
        } catch (MojoExecutionException e) {
            throw new BuildFailure().add(e.getMessage()).addEngine(outcome).toException();
        }
        gateAndReport(results, outcome);
    }

    /** A shard is judged when the shards are merged; here only its engine failures fail the build. */
    private void finishShard(EngineOutcome outcome) throws MojoExecutionException, MojoFailureException {
        Path written = shardResultsFile();
        if (outcome.hasFailures() || !Files.isRegularFile(written)) {
            throw new BuildFailure().add("peftu shard " + shard.trim() + (Files.isRegularFile(written)
                    ? " failed" : " wrote no results to " + written)).addEngine(outcome).toException();
        }
        getLog().info("peftu shard " + shard.trim() + ": results in " + written
                + "; gates and the report come with mvn peftu:merge over every shard");
    }

    private Path shardResultsFile() throws MojoExecutionException {
        return resultsFile.toPath().resolveSibling(shard().orElseThrow().resultsFileName());
    }

    /** The shard this run covers, empty for every user. */
    private Optional<Shard> shard() throws MojoExecutionException {
        if (shard == null || shard.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Shard.parse(shard));
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException(EngineParameters.SHARD + "=" + shard + ": " + e.getMessage(), e);
        }
    }

    /**
     * Removes what an earlier run left that this run replaces or would leave looking current
     * ({@link EarlierOutputs}), before the engine runs, so that a run which writes nothing can
     * never be gated or reported on stale numbers.
     */
    private void removeEarlierOutputs() throws MojoExecutionException {
        try {
            List<Path> removed = new EarlierOutputs(resultsFile.toPath(), outputDirectory.toPath()).removeBefore(shard());
            if (!removed.isEmpty()) {
                getLog().info("peftu: removed the outputs of an earlier run: " + removed.stream()
                        .map(file -> file.getFileName().toString()).collect(Collectors.joining(", ")));
            }
        } catch (IOException e) {
            throw new MojoExecutionException("cannot remove the earlier peftu outputs beside " + resultsFile + " and in "
                    + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** No benchmark is declared: fine without gates, a failure when gates are configured. */
    private void nothingDeclared(String what) throws MojoFailureException {
        if (gatingConfigured() && !allowSkipped()) {
            throw new MojoFailureException("peftu verification failed\n" + what
                    + ", but peftu gates are configured; " + ALLOW_SKIPPED_HINT);
        }
        getLog().warn(what + "; nothing to gate");
    }

    /**
     * The engine rejects unknown {@code peftu.*} keys itself; a plugin property passed to it would
     * be accepted and ignored there, so it is rejected here, naming the parameter meant.
     */
    private void checkEngineParameters() throws MojoExecutionException {
        for (String key : configurationParameters.keySet()) {
            if (EngineParameters.PLUGIN_KEYS.contains(key)) {
                throw new MojoExecutionException("invalid peftu configuration in " + project.getFile()
                        + ": <configurationParameters> holds " + key + ", a property of the plugin that the engine"
                        + " does not read; set the plugin's own parameter (or -D" + key + ") instead");
            }
        }
    }

    private boolean skipped() throws MojoExecutionException {
        try {
            return BooleanParameter.parse("<skip> (-D" + EngineParameters.SKIP + ")", skip, false);
        } catch (IllegalArgumentException e) {
            throw new MojoExecutionException("invalid peftu configuration in " + project.getFile() + ": "
                    + e.getMessage(), e);
        }
    }

    private EngineOutcome runEngine(Path testClasses) throws MojoExecutionException {
        try {
            return new EngineRun(ProjectClasspath.of(project, plugin)).execute(engineConfiguration(), testClasses,
                    junitReportsDirectory.toPath());
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("cannot run the peftu engine: " + e.getMessage(), e);
        }
    }

    private Map<String, String> engineConfiguration() {
        Map<String, String> configuration = new LinkedHashMap<>(configurationParameters);
        configuration.put(EngineParameters.RESULTS_FILE, resultsFile.getAbsolutePath());
        if (data != null) {
            configuration.put(EngineParameters.DATA_DIRECTORY, (data.isAbsolute() ? data : new File(project.getBasedir(), data.getPath()))
                    .getAbsolutePath());
        }
        putIfSet(configuration, EngineParameters.SEED, seed);
        putIfSet(configuration, EngineParameters.METHODS, methods);
        putIfSet(configuration, EngineParameters.BENCHMARKS, benchmarks);
        putIfSet(configuration, EngineParameters.USERS_LIMIT, usersLimit);
        putIfSet(configuration, EngineParameters.EPOCHS, epochs);
        putIfSet(configuration, EngineParameters.SHARD, shard);
        return configuration;
    }

    private static void putIfSet(Map<String, String> configuration, String key, Object value) {
        if (value != null && !value.toString().isBlank()) {
            configuration.put(key, value.toString().trim());
        }
    }
}
