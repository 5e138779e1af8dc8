package dev.peftu.maven;

import dev.peftu.results.RunResults;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Renders the HTML report of an existing {@code results.json} ({@code index.html} plus one page per
 * benchmark), showing the configured gates and the regression check without failing the build.
 */
@Mojo(name = "report", threadSafe = true)
public final class ReportMojo extends AbstractPeftuMojo {

    @Override
    public void execute() throws MojoExecutionException {
        checkConfiguration();
        RunResults results = readResults();
        renderReport(results, evaluateGates(results));
    }
}
