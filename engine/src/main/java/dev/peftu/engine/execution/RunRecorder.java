package dev.peftu.engine.execution;

import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.NotRunBenchmark;
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

    private final Path resultsFile;
    private final String shard;
    private final Clock clock;
    private final Instant startedAt;
    private final List<BenchmarkResult> benchmarks = new ArrayList<>();
    private final List<NotRunBenchmark> notRun = new ArrayList<>();

    /**
     * Starts recording a run.
     *
     * @param resultsFile where the results go
     * @param shard the shard of users the run covers, {@code i/n}, or {@code null} for all
     * @param clock the clock timings come from
     */
    public RunRecorder(Path resultsFile, String shard, Clock clock) {
        this.resultsFile = resultsFile;
        this.shard = shard;
        this.clock = clock;
        this.startedAt = clock.instant();
    }

    /** Returns where the results go. */
    public Path resultsFile() {
        return resultsFile;
    }

    /** Records a finished benchmark. */
    public synchronized void record(BenchmarkResult benchmark) {
        benchmarks.add(benchmark);
    }

    /** Records a benchmark that was discovered but skipped or unable to start. */
    public synchronized void record(NotRunBenchmark benchmark) {
        notRun.add(benchmark);
    }

    /**
     * Writes the results file, unless no benchmark was discovered (a run over ordinary test classes
     * leaves an earlier results file alone). A run whose benchmarks were all skipped writes a file
     * that says so, so that a build gate can tell "skipped" from "nothing declared".
     *
     * @param baseModel a description of the base model(s) the run used
     * @param device the device(s) the base models ran on
     * @throws IOException when the file cannot be written; no partial file is left behind
     */
    public synchronized void write(String baseModel, String device) throws IOException {
        if (benchmarks.isEmpty() && notRun.isEmpty()) {
            return;
        }
        double seconds = Duration.between(startedAt, clock.instant()).toMillis() / 1000.0;
        RunMetadata run = new RunMetadata(device, baseModel, versions(), startedAt, seconds, shard);
        ResultsJson.write(resultsFile, new RunResults(run, benchmarks, notRun));
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
