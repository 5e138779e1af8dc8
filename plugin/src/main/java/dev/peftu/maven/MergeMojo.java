package dev.peftu.maven;

import dev.peftu.api.EngineParameters;
import dev.peftu.maven.merge.ShardMerge;
import dev.peftu.maven.merge.ShardMergeException;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunResults;
import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.List;
import java.util.stream.Stream;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Merges the results of a run split over machines ({@code mvn peftu:verify -Dpeftu.shard=i/n} on
 * each, like Playwright's {@code --shard} and {@code merge-reports}) into one {@code results.json},
 * renders the report and applies the rules and the regression check exactly as {@code verify}
 * does. The shards must be complete, disjoint and of one configuration; the build fails naming the
 * missing or conflicting shard file otherwise.
 */
@Mojo(name = "merge", threadSafe = true)
public final class MergeMojo extends AbstractPeftuMojo {

    /**
     * The shard results to merge, a glob relative to the project directory (the files of every
     * shard, collected from the CI jobs).
     */
    @Parameter(property = EngineParameters.SHARDS, defaultValue = "target/peftu/results-shard-*.json")
    private String shards;

    @Override
    public void execute() throws MojoExecutionException, MojoFailureException {
        checkConfiguration();
        List<Path> files = shardFiles();
        RunResults merged;
        try {
            merged = ShardMerge.merge(files);
        } catch (ShardMergeException e) {
            throw new MojoFailureException("peftu merge failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new MojoExecutionException(e.getMessage(), e);
        }
        try {
            ResultsJson.write(resultsFile.toPath(), merged);
        } catch (IOException e) {
            throw new MojoExecutionException("cannot write the merged results " + resultsFile + ": " + e.getMessage(), e);
        }
        getLog().info("peftu: merged " + files.size() + " shards into " + resultsFile);
        gateAndReport(merged, null);
    }

    /** The files matching the glob, walking only below its literal leading directories. */
    private List<Path> shardFiles() throws MojoExecutionException {
        Path base = project.getBasedir().toPath();
        PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + shards);
        Path start = base;
        for (Path segment : Path.of(shards).getParent() == null ? List.<Path>of() : Path.of(shards).getParent()) {
            if (segment.toString().matches(".*[*?\\[{].*")) {
                break;
            }
            start = start.resolve(segment);
        }
        if (!Files.isDirectory(start)) {
            return List.of();
        }
        try (Stream<Path> files = Files.walk(start)) {
            return files.filter(Files::isRegularFile).filter(file -> matcher.matches(base.relativize(file)))
                    .sorted().toList();
        } catch (IOException e) {
            throw new MojoExecutionException("cannot list " + shards + " under " + base + ": " + e.getMessage(), e);
        }
    }
}
