package dev.peftu.engine.execution;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.ResultsJson;
import dev.peftu.results.RunMetadata;
import dev.peftu.results.RunResults;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Collects every benchmark's results during a run and writes them, with the run's metadata, to
 * {@code results.json} at the end (atomically, through {@link ResultsJson}).
 */
public final class RunRecorder {

    /** The device every computation runs on. */
    public static final String DEVICE = "cpu";

    private final Path resultsFile;
    private final Clock clock;
    private final Instant startedAt;
    private final List<BenchmarkResult> benchmarks = new ArrayList<>();
    private Long seed;

    /**
     * Starts recording a run.
     *
     * @param resultsFile where the results go
     * @param clock the clock timings come from
     */
    public RunRecorder(Path resultsFile, Clock clock) {
        this.resultsFile = resultsFile;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Returns where the results go. */
    public Path resultsFile() {
        return resultsFile;
    }

    /** Records the seed of the run; the first benchmark's seed is the run's. */
    public synchronized void seed(long benchmarkSeed) {
        if (seed == null) {
            seed = benchmarkSeed;
        }
    }

    /** Records a finished benchmark. */
    public synchronized void record(BenchmarkResult benchmark) {
        benchmarks.add(benchmark);
    }

    /**
     * Writes the results file, unless no benchmark ran (a run over ordinary test classes leaves an
     * earlier results file alone).
     *
     * @param baseModel a description of the base model(s) the run used
     * @throws IOException when the file cannot be written; no partial file is left behind
     */
    public synchronized void write(String baseModel) throws IOException {
        if (benchmarks.isEmpty()) {
            return;
        }
        double seconds = Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
        RunMetadata run = new RunMetadata(seed == null ? 0 : seed, DEVICE, baseModel, versions(), startedAt, seconds);
        ResultsJson.write(resultsFile, new RunResults(run, benchmarks));
    }

    private static Map<String, String> versions() {
        Map<String, String> versions = new LinkedHashMap<>();
        versions.put("peftu", peftuVersion());
        versions.put("djl", Objects.requireNonNullElse(ai.djl.Device.class.getPackage().getSpecificationVersion(),
                "unknown"));
        versions.put("java", System.getProperty("java.version"));
        return versions;
    }

    private static String peftuVersion() {
        try (InputStream in = RunRecorder.class.getResourceAsStream(
                "/META-INF/maven/dev.peftu/peftu-engine/pom.properties")) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "development");
        } catch (IOException e) {
            return "development";
        }
    }
}
