package dev.peftu.maven;

import dev.peftu.api.EngineParameters;
import dev.peftu.maven.launch.EngineRun;
import dev.peftu.maven.launch.ProjectClasspath;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ContenderKind;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import dev.peftu.results.UserResult;
import java.io.File;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.descriptor.PluginDescriptor;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;
import org.apache.maven.plugins.annotations.ResolutionScope;

/**
 * Exports the per-user modules of the last run for use in Python: a self-contained directory with
 * the base model in Hugging Face layout, the chosen modules in HF PEFT's layout, and a Python
 * loader that applies every method type (see the export's {@code README.md}). Every PEFT
 * module the results file lists is exported, unless {@code users} or {@code methods} name some.
 * The export runs on the project's test class path, where the runtime converts the base model.
 */
@Mojo(name = "export", requiresDependencyResolution = ResolutionScope.TEST, threadSafe = true)
public final class ExportMojo extends AbstractPeftuMojo {

    /** Where the export is written; the directory is replaced as a whole. */
    @Parameter(property = EngineParameters.EXPORT_DIRECTORY, defaultValue = "${project.build.directory}/peftu/export")
    private File exportDirectory;

    /** The module store the run wrote, as {@code peftu.moduleStore} set it. */
    @Parameter(property = EngineParameters.MODULE_STORE, defaultValue = "${project.build.directory}/peftu/modules")
    private File moduleStore;

    /** Comma-separated user ids whose modules are exported; default every user. */
    @Parameter(property = EngineParameters.EXPORT_USERS)
    private String users;

    /** Comma-separated method labels whose modules are exported; default every PEFT method. */
    @Parameter(property = EngineParameters.EXPORT_METHODS)
    private String methods;

    @Parameter(defaultValue = "${plugin}", readonly = true, required = true)
    private PluginDescriptor plugin;

    @Override
    public void execute() throws MojoExecutionException {
        RunResults results = readResults();
        List<List<String>> modules = chosenModules(results);
        Map<String, Object> request = new LinkedHashMap<>();
        request.put("store", moduleStore.getAbsolutePath());
        request.put("directory", exportDirectory.getAbsolutePath());
        request.put("modules", modules);
        try {
            Map<String, Object> exported = new EngineRun(ProjectClasspath.of(project, plugin)).export(request);
            getLog().info("peftu export: " + exported.get("modules") + " modules on " + exported.get("base") + " in "
                    + exportDirectory);
        } catch (IOException | IllegalStateException e) {
            throw new MojoExecutionException("cannot export the peftu modules to " + exportDirectory + ": "
                    + e.getMessage(), e);
        }
    }

    /** Every chosen {@code [benchmark, label, user]} of a PEFT method in the results, checking the names given. */
    private List<List<String>> chosenModules(RunResults results) throws MojoExecutionException {
        Set<String> wantedUsers = names(users);
        Set<String> wantedMethods = names(methods);
        Set<String> seenUsers = new LinkedHashSet<>();
        Set<String> seenMethods = new LinkedHashSet<>();
        List<List<String>> modules = new ArrayList<>();
        for (BenchmarkResult benchmark : results.benchmarks()) {
            for (MethodResult method : benchmark.methods()) {
                if (method.kind() != ContenderKind.PEFT) {
                    continue;
                }
                seenMethods.add(method.name());
                if (!wantedMethods.isEmpty() && !wantedMethods.contains(method.name())) {
                    continue;
                }
                for (UserResult user : method.users()) {
                    seenUsers.add(user.user());
                    if (wantedUsers.isEmpty() || wantedUsers.contains(user.user())) {
                        modules.add(List.of(benchmark.name(), method.name(), user.user()));
                    }
                }
            }
        }
        requireKnown(wantedMethods, seenMethods, EngineParameters.EXPORT_METHODS, "PEFT method labels");
        requireKnown(wantedUsers, seenUsers, EngineParameters.EXPORT_USERS, "users");
        if (modules.isEmpty()) {
            throw new MojoExecutionException("no PEFT module to export: " + resultsFile + " lists no user of a PEFT"
                    + " method" + (wantedMethods.isEmpty() ? "" : " among " + wantedMethods));
        }
        return modules;
    }

    private void requireKnown(Set<String> wanted, Set<String> seen, String parameter, String what)
            throws MojoExecutionException {
        Set<String> unknown = new LinkedHashSet<>(wanted);
        unknown.removeAll(seen);
        if (!unknown.isEmpty()) {
            throw new MojoExecutionException(parameter + ": " + unknown + " not in " + resultsFile + "; its " + what
                    + " are " + seen);
        }
    }

    private static Set<String> names(String list) {
        Set<String> names = new LinkedHashSet<>();
        if (list != null) {
            Arrays.stream(list.split(",")).map(String::trim).filter(name -> !name.isEmpty()).forEach(names::add);
        }
        return names;
    }
}
