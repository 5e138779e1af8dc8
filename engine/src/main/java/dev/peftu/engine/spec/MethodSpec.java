package dev.peftu.engine.spec;

import java.util.List;

/**
 * One contender of a benchmark as declared, settings still unparsed so that a malformed setting
 * fails this method alone when it runs.
 *
 * @param label the leaderboard column, unique within the benchmark
 * @param name the contender name passed to {@code Contenders.create}
 * @param settings the raw {@code key=value} strings, references unresolved
 */
public record MethodSpec(String label, String name, List<String> settings) {

    /** Copies the settings. */
    public MethodSpec {
        settings = List.copyOf(settings);
    }
}
