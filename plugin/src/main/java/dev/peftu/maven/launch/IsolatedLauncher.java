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
import org.junit.platform.launcher.EngineFilter;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
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
     * @return {@code tests}, {@code succeeded}, {@code failed} (longs) and {@code failures} (a list of
     *     one line per failed test or container)
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
        StringWriter xmlErrors = new StringWriter();
        LegacyXmlReportGeneratingListener xml =
                new LegacyXmlReportGeneratingListener(Paths.get(junitReportsDirectory), new PrintWriter(xmlErrors));
        launcher.execute(request, summary, xml);
        TestExecutionSummary result = summary.getSummary();
        List<String> failures = new ArrayList<>();
        for (TestExecutionSummary.Failure failure : result.getFailures()) {
            failures.add(describe(failure.getTestIdentifier()) + ": " + failure.getException());
        }
        if (!xmlErrors.toString().isBlank()) {
            failures.add("JUnit XML report: " + xmlErrors.toString().strip());
        }
        Map<String, Object> outcome = new LinkedHashMap<>();
        outcome.put("tests", result.getTestsFoundCount());
        outcome.put("succeeded", result.getTestsSucceededCount());
        outcome.put("failed", result.getTotalFailureCount());
        outcome.put("failures", List.copyOf(failures));
        return outcome;
    }

    private static String describe(TestIdentifier test) {
        return test.getLegacyReportingName() + " [" + test.getUniqueId() + "]";
    }
}
