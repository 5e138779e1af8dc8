package dev.peftu.maven.report;

import dev.peftu.results.RunMetadata;
import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;

/**
 * The run's metadata as the report prints it.
 *
 * @param device the compute device
 * @param baseModel the frozen base model
 * @param versions component versions, by component name
 * @param startedAt when the run started, in UTC
 * @param duration how long it took
 */
public record RunView(String device, String baseModel, Map<String, String> versions, String startedAt,
        String duration) {

    /** Copies the versions in name order. */
    public RunView {
        versions = Collections.unmodifiableMap(new TreeMap<>(versions));
    }

    static RunView of(RunMetadata run) {
        return new RunView(run.device(), run.baseModel(), run.versions(),
                Format.time(run.startedAt()), Format.duration(run.durationSeconds()));
    }
}
