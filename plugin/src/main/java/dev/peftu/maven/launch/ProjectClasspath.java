package dev.peftu.maven.launch;

import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.apache.maven.artifact.Artifact;
import org.apache.maven.artifact.DependencyResolutionRequiredException;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.project.MavenProject;

/**
 * The class path the plugin runs peftu on: the project's test class path (its engine, runtime and
 * model artifacts), then the launcher jars and the plugin jar the project does not already have.
 */
public final class ProjectClasspath {

    private static final Set<String> LAUNCHER_GROUPS = Set.of("org.junit.platform", "org.opentest4j", "org.apiguardian",
            "org.slf4j");

    private ProjectClasspath() {
    }

    /**
     * Returns the class path of a project for a plugin.
     *
     * @throws MojoExecutionException when the project's test class path is not resolved
     */
    public static List<Path> of(MavenProject project, PluginDescriptor plugin) throws MojoExecutionException {
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
}
