package dev.peftu.maven;

import dev.peftu.api.EngineParameters;
import dev.peftu.maven.gate.GateRule;
import dev.peftu.maven.gate.GateVerdict;
import dev.peftu.maven.gate.RegressionCheck;
import dev.peftu.maven.launch.EngineOutcome;
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

    /** The Maven project. */
    @Parameter(defaultValue = "${project}", readonly = true, required = true)
    protected MavenProject project;

    /** The results file the engine writes and the report is rendered from. */
    @Parameter(property = EngineParameters.RESULTS_FILE, defaultValue = "${project.build.directory}/peftu/results.json")
    protected File resultsFile;

    /** Where the HTML report ({@code index.html} and one page per benchmark) is written. */
    @Parameter(property = "peftu.outputDirectory", defaultValue = "${project.build.directory}/peftu")
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
     * skipped, for example for want of {@code peftu.data}); by default such a build fails, naming
     * each benchmark and why it did not run.
     */
    @Parameter(property = "peftu.allowSkipped", defaultValue = "false")
    protected boolean allowSkipped;

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
        List<GateVerdict> verdicts = List.of();
        if (results.benchmarks().isEmpty()) {
            String notRun = "no benchmark produced results:" + listed(results.notRun());
            if (gatingConfigured() && !allowSkipped) {
                failure.add(notRun + "\nthe configured gates have nothing to check" + (anyFailed(results.notRun()) ? ""
                        : "; set <allowSkipped>true</allowSkipped> (or -Dpeftu.allowSkipped) to let such a build pass"));
            } else {
                getLog().warn(notRun);
            }
        } else {
            if (!results.notRun().isEmpty()) {
                getLog().warn("benchmarks that produced no results:" + listed(results.notRun()));
            }
            verdicts = evaluateGates(results);
        }
        renderReport(results, verdicts);
        verdicts.stream().filter(GateVerdict::passed).forEach(v -> getLog().info("passed " + v.describe()));
        failure.addVerdicts(verdicts).addEngineGates(results);
        if (outcome != null) {
            failure.addEngine(outcome);
        }
        if (failure.isEmpty()) {
            getLog().info("peftu: all " + verdicts.size() + " gate checks passed");
            return;
        }
        throw failure.withReport(outputDirectory.toPath().resolve("index.html")).toException();
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
