package dev.peftu.maven.launch;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClasspathRoots;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;
import org.junit.platform.launcher.listeners.SummaryGeneratingListener;
import org.junit.platform.launcher.listeners.TestExecutionSummary;
import org.junit.platform.reporting.legacy.xml.LegacyXmlReportGeneratingListener;

/**
 * The part of the plugin that runs inside the project's isolated class loader. It is called
 * reflectively through {@link #run(Map, List, String)} and exchanges only JDK types.
 */
public final class IsolatedLauncher {

    /** The peftu engine's id. */
    static final String ENGINE_ID = "peftu";

    private IsolatedLauncher() {
    }

    /**
     * Discovers and runs the peftu benchmarks found in the given classpath roots.
     *
     * @param configuration JUnit Platform configuration parameters
     * @param classpathRoots directories to scan, normally the project's test classes
     * @param junitReportsDirectory where JUnit XML reports go
     * @return {@code containers}, {@code tests}, {@code succeeded}, {@code failed}, {@code aborted}
     *     (longs) and {@code failures} (a list of one line per failed or aborted test or container)
     */
    public static Map<String, Object> run(Map<String, String> configuration, List<String> classpathRoots,
            String junitReportsDirectory) {
        Set<Path> roots = new LinkedHashSet<>();
        classpathRoots.forEach(root -> roots.add(Paths.get(root)));
        LauncherDiscoveryRequest request = LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClasspathRoots(roots))
                .filters(EngineFilter.includeEngines(ENGINE_ID))
                .configurationParameters(configuration)
                .build();
        Launcher launcher = LauncherFactory.create();
        SummaryGeneratingListener summary = new SummaryGeneratingListener();
        Problems problems = new Problems();
        StringWriter xmlErrors = new StringWriter();
        LegacyXmlReportGeneratingListener xml =
                new LegacyXmlReportGeneratingListener(Paths.get(junitReportsDirectory), new PrintWriter(xmlErrors));
        launcher.execute(request, summary, problems, xml);
        TestExecutionSummary result = summary.getSummary();
        List<String> failures = new ArrayList<>(problems.lines);
        if (!xmlErrors.toString().isBlank()) {
            failures.add("JUnit XML report: " + xmlErrors.toString().strip());
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("containers", result.getContainersFoundCount());
        outcome.put("tests", result.getTestsFoundCount());
        outcome.put("succeeded", result.getTestsSucceededCount());
        outcome.put("failed", result.getTotalFailureCount());
        outcome.put("aborted", result.getTestsAbortedCount() + result.getContainersAbortedCount());
        outcome.put("failures", List.copyOf(failures));
        return outcome;
    }

    /** Collects one line per failed or aborted test or container, in the order they finished. */
    private static final class Problems implements TestExecutionListener {

        private final List<String> lines = new ArrayList<>();

        @Override
        public void executionFinished(TestIdentifier test, TestExecutionResult result) {
            if (result.getStatus() == TestExecutionResult.Status.SUCCESSFUL) {
                return;
            }
            String what = result.getStatus() == TestExecutionResult.Status.ABORTED ? " aborted: " : ": ";
            lines.add(describe(test) + what + result.getThrowable().map(IsolatedLauncher::explain)
                    .orElse("(no exception)"));
        }
    }

    /** The exception with its message, followed by causes whose messages it does not already hold. */
    private static String explain(Throwable failure) {
        StringBuilder text = new StringBuilder(failure.toString());
        for (Throwable cause = failure.getCause(); cause != null && cause != cause.getCause(); cause = cause.getCause()) {
            if (cause.getMessage() == null || !text.toString().contains(cause.getMessage())) {
                text.append(" (caused by ").append(cause).append(')');
            }
        }
        return text.toString();
    }

    private static String describe(TestIdentifier test) {
        return test.getLegacyReportingName() + " [" + test.getUniqueId() + "]";
    }
}
