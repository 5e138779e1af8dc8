package dev.peftu.maven;

import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunResults;
import java.io.IOException;
import java.nio.file.Path;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Records the current results as the baseline later runs are compared with: validates
 * {@code results.json} and writes it atomically to the regression baseline file
 * ({@code peftu-baseline.json} at the project root unless configured), to be committed. Results in
 * which no benchmark ran are refused.
 */
@Mojo(name = "baseline", threadSafe = true)
public final class BaselineMojo extends AbstractPeftuMojo {

    @Override
    public void execute() throws MojoExecutionException {
        RunResults results = readResults();
        if (results.benchmarks().isEmpty()) {
            throw new MojoExecutionException("no benchmark in " + resultsFile + " produced results, so there is"
                    + " nothing to record as a baseline; benchmarks that did not run: "
                    + results.notRun().stream().map(NotRunBenchmark::describe).toList());
        }
        Path baseline = baselineFile();
        try {
            ResultsJson.write(baseline, results);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the peftu baseline " + baseline + ": " + e.getMessage(), e);
        }
        getLog().info("peftu baseline written to " + baseline + " (" + results.benchmarks().size()
                + " benchmarks); commit it to gate later runs");
    }
}
