package dev.peftu.maven;

import dev.peftu.api.EngineParameters;
import dev.peftu.maven.gate.GateRule;
import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.maven.gate.RegressionCheck;
import dev.peftu.io.WritableDirectories;
import dev.peftu.maven.launch.EngineOutcome;
import dev.peftu.maven.parameter.BooleanParameter;
import dev.peftu.maven.report.ReportRenderer;
import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunResults;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.project.MavenProject;

/**
 * What the peftu goals share: where results and the report live, the gating configuration, and
 * reading results, applying gates and rendering the report.
 */
public abstract class AbstractPeftuMojo extends AbstractMojo {

    /** How a build whose gates had nothing to check, for want of results, is let pass. */
    protected static final String ALLOW_SKIPPED_HINT = "set <allowSkipped>true</allowSkipped> (or -D" + EngineParameters.ALLOW_SKIPPED + ")"
            + " to let such a build pass";

    /** The Maven project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The results file the engine writes and the report is rendered from. */
    @Parameter(property = EngineParameters.RESULTS_FILE, defaultValue = "${project.build.directory}/peftu/results.json")
    protected File resultsFile;

    /** Where the HTML report ({@code index.html} and one page per benchmark) is written. */
    @Parameter(property = EngineParameters.OUTPUT_DIRECTORY, defaultValue = "${project.build.directory}/peftu")
    protected File outputDirectory;

    /**
     * Gate rules, shaped after JaCoCo's check rules:
     * {@code <rules><rule><benchmark>*</benchmark><method>adapter</method><minimum>0.70</minimum></rule></rules>};
     * a rule may also give {@code <beats>majority</beats><by>0.02</by>}.
     */
    @Parameter
    protected List<GateRule> rules = new ArrayList<>();

    /**
     * The regression check against a baseline; by default {@code peftu-baseline.json} at the project
     * root with a tolerance of 0.01. Without a baseline file no regression check runs.
     */
    @Parameter
    protected RegressionSettings regression;

    /**
     * Lets the build pass when gates are configured but no benchmark produced results (all
     * skipped, for example for want of {@code peftu.data}), or when a configured check could not
     * be evaluated because its benchmark was skipped; by default such a build fails, naming each
     * benchmark and why it did not run.
     */
    @Parameter(property = EngineParameters.ALLOW_SKIPPED, defaultValue = "false")
    private String allowSkipped;

    /**
     * Checks the configuration shared by every goal before anything runs: the boolean parameters
     * (exactly {@code true} or {@code false}), every rule, and that the report directory can be
     * written, so that a typo or a read-only directory fails the build before any training.
     *
     * @throws MojoExecutionException naming the parameter or the directory at fault
     */
    protected void checkConfiguration() throws MojoExecutionException {
        try {
            allowSkipped();
            for (GateRule rule : rules) {
                rule.validate();
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new MojoExecutionException("invalid peftu configuration in " + project.getFile() + ": "
                    + e.getMessage(), e);
        }
        Optional<String> unwritable = WritableDirectories.problem(outputDirectory.toPath(), "report directory");
        if (unwritable.isPresent()) {
            throw new MojoExecutionException(unwritable.get() + " (<outputDirectory>, -D"
                    + EngineParameters.OUTPUT_DIRECTORY + ")");
        }
    }

    /** Whether a board on which no benchmark produced results may pass although gates are configured. */
    protected boolean allowSkipped() {
        return BooleanParameter.parse("<allowSkipped> (-D" + EngineParameters.ALLOW_SKIPPED + ")", allowSkipped, false);
    }

    /**
     * Reads the results file of an earlier {@code verify}, failing with a hint when it is missing
     * (the goals that render or record results without running the benchmarks).
     */
    protected RunResults readResults() throws MojoExecutionException {
        Path file = resultsFile.toPath();
        if (!Files.isRegularFile(file)) {
            throw new MojoExecutionException("no peftu results at " + file + ": run mvn peftu:verify first"
                    + " or point -Dpeftu.resultsFile at a results.json");
        }
        return readResultsFile();
    }

    /** Reads the results file, which must exist, with the reader's message (file, field, schema) on failure. */
    protected RunResults readResultsFile() throws MojoExecutionException {
        try {
            return ResultsJson.read(resultsFile.toPath());
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
    }

    /**
     * Whether any gate is configured: a {@code <rules>} list, a {@code <regression>} block, or a
     * baseline file at the default place (which turns the regression check on by itself).
     */
    protected boolean gatingConfigured() {
        return !rules.isEmpty() || regression != null || Files.isRegularFile(baselineFile());
    }

    /** The {@code <regression>} configuration, or the defaults when none is given. */
    protected RegressionSettings regressionSettings() {
        return regression == null ? new RegressionSettings() : regression;
    }

    /** Applies every rule and, when a baseline file exists, the regression check. */
    protected List<GateVerdict> evaluateGates(RunResults results) throws MojoExecutionException {
        List<GateVerdict> verdicts = new ArrayList<>();
        try {
            for (GateRule rule : rules) {
                verdicts.addAll(rule.evaluate(results));
            }
            Path baseline = baselineFile();
            if (Files.isRegularFile(baseline)) {
                verdicts.addAll(new RegressionCheck(regressionSettings().getTolerance()).evaluate(results, ResultsJson.read(baseline)));
            } else {
                getLog().info("No baseline at " + baseline + "; no regression check (mvn peftu:baseline records one)");
            }
        } catch (IllegalStateException | IllegalArgumentException e) {
            throw new MojoExecutionException("invalid peftu gating configuration in " + project.getFile() + ": "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        return verdicts;
    }

    /**
     * Renders the report and applies rules and the regression check to a whole board (a run's or
     * merged shards'), failing the build listing every failed check, failed {@code @Gate} and
     * engine failure; with gates configured, a board on which no benchmark produced results fails
     * too, naming each benchmark and why, unless {@code allowSkipped}.
     *
     * @param outcome the engine run that produced the results, or {@code null} for merged shards
     */
    protected void gateAndReport(RunResults results, EngineOutcome outcome)
            throws MojoExecutionException, MojoFailureException {
        BuildFailure failure = new BuildFailure();
        if (results.benchmarks().isEmpty()) {
            String notRun = "no benchmark produced results:" + listed(results.notRun());
            if (gatingConfigured() && !allowSkipped()) {
                failure.add(notRun + "\nthe configured gates have nothing to check"
                        + (anyFailed(results.notRun()) ? "" : "; " + ALLOW_SKIPPED_HINT));
            } else {
                getLog().warn(notRun);
            }
        } else if (!results.notRun().isEmpty()) {
            getLog().warn("benchmarks that produced no results:" + listed(results.notRun()));
        }
        List<GateVerdict> verdicts = evaluateGates(results);
        renderReport(results, verdicts);
        verdicts.stream().filter(GateVerdict::passed).forEach(v -> getLog().info("passed " + v.describe()));
        verdicts.stream().filter(v -> !v.evaluated()).forEach(v -> getLog().warn(v.describe()));
        List<GateVerdict> skippedChecks = notEvaluatedForSkipped(verdicts, results);
        if (!results.benchmarks().isEmpty() && !skippedChecks.isEmpty() && !allowSkipped()) {
            failure.add(skippedChecks.size() + " gate checks were not evaluated because their benchmark was skipped:"
                    + skippedChecks.stream().map(v -> "\n  " + v.describe()).collect(Collectors.joining())
                    + "\n" + ALLOW_SKIPPED_HINT);
        }
        failure.addVerdicts(verdicts).addEngineGates(results);
        if (outcome != null) {
            failure.addEngine(outcome);
        }
        if (failure.isEmpty()) {
            long evaluated = verdicts.stream().filter(GateVerdict::evaluated).count();
            long notEvaluated = verdicts.size() - evaluated;
            String passed = evaluated == 0 && notEvaluated > 0 ? "no gate check was evaluated"
                    : "all " + evaluated + " gate checks passed";
            getLog().info("peftu: " + passed + (notEvaluated > 0 ? ", " + notEvaluated + " not evaluated" : ""));
            return;
        }
        throw failure.withReport(outputDirectory.toPath().resolve("index.html")).toException();
    }

    /** The checks that were not evaluated because the benchmark they apply to was skipped (not failed). */
    private static List<GateVerdict> notEvaluatedForSkipped(List<GateVerdict> verdicts, RunResults results) {
        Set<String> skipped = results.notRun().stream().filter(b -> b.status() == Outcome.SKIPPED)
                .map(NotRunBenchmark::name).collect(Collectors.toSet());
        return verdicts.stream().filter(v -> !v.evaluated() && skipped.contains(v.benchmark())).toList();
    }

    /** Whether a benchmark failed to start: allowSkipped lets skipped benchmarks pass, never failed ones. */
    private static boolean anyFailed(List<NotRunBenchmark> notRun) {
        return notRun.stream().anyMatch(benchmark -> benchmark.status() == Outcome.FAILED);
    }

    private static String listed(List<NotRunBenchmark> notRun) {
        if (notRun.isEmpty()) {
            return " none was discovered";
        }
        return notRun.stream().map(b -> "\n  " + b.describe()).collect(Collectors.joining());
    }

    /** Renders the HTML report and logs where it is. */
    protected void renderReport(RunResults results, List<GateVerdict> verdicts) throws MojoExecutionException {
        try {
            List<Path> pages = new ReportRenderer().render(results, verdicts, outputDirectory.toPath());
            getLog().info("peftu report: " + pages.get(0));
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the peftu report to " + outputDirectory + ": " + e.getMessage(), e);
        }
    }

    /** The baseline file, resolved against the project directory. */
    protected Path baselineFile() {
        File baseline = regressionSettings().getBaseline();
        return baseline.isAbsolute() ? baseline.toPath() : project.getBasedir().toPath().resolve(baseline.getPath());
    }
}
