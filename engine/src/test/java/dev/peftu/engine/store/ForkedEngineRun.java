package dev.peftu.engine.store;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import java.util.Map;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/**
 * Runs one spec class through the JUnit Platform launcher in a JVM of its own, so a test can kill
 * that JVM mid-run. Arguments: the spec class name, the results file, the module store, the
 * maximum tokens per text.
 */
public final class ForkedEngineRun {

    private ForkedEngineRun() {
    }

    /** Runs the spec; exits when the run ends. */
    public static void main(String[] args) throws ClassNotFoundException {
        LauncherFactory.create().execute(LauncherDiscoveryRequestBuilder.request()
                .selectors(selectClass(Class.forName(args[0])))
                .configurationParameters(Map.of(Constants.RESULTS_FILE, args[1], Constants.MODULE_STORE, args[2],
                        Constants.MAX_LENGTH, args[3], Constants.PROGRESS, "false"))
                .build());
    }
}
