package dev.peftu.bench;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One run of a Python anchor of the causal-LM benchmark ({@code causal_hf_peft_loop.py} or
 * {@code causal_torch_cohort.py}) through {@link PythonRun}: its measurements, one per cohort size
 * it trained, read from the lines that start with {@value #PREFIX}, or why it gave none.
 *
 * @param measurements what it measured, in the order printed ({@code heapPeakBytes} is -1: no JVM)
 * @param problem why it failed or printed no result, or {@code null} if it ran
 */
record CausalAnchorRun(List<ThroughputMeasurement> measurements, String problem) {

    /** How a result line starts. */
    static final String PREFIX = "RESULT ";
    private static final List<String> FIELDS = List.of("anchor", "cohort", "users", "steps", "tokens", "seconds",
            "rss_peak_bytes");

    /** Copies the measurements. */
    CausalAnchorRun {
        measurements = List.copyOf(measurements);
    }

    /**
     * Runs {@code python3} on an anchor script, echoing its readable lines (not the result lines,
     * nor the progress bars of transformers' loading) with a prefix.
     *
     * @param arguments the script's path and its arguments
     * @param timeoutMinutes how long it may take
     * @return the run
     */
    static CausalAnchorRun run(List<String> arguments, long timeoutMinutes) {
        List<ThroughputMeasurement> measured = new ArrayList<>();
        List<String> bad = new ArrayList<>();
        PythonRun python = PythonRun.run(arguments, null, timeoutMinutes, line -> {
            if (line.startsWith(PREFIX)) {
                try {
                    parse(line).ifPresent(measured::add);
                } catch (IllegalArgumentException e) {
                    bad.add(e.getMessage());
                }
            } else if (!line.isBlank() && !line.contains("it/s]")) {
                System.out.println("  python: " + line);
            }
        });
        if (python.problem() != null) {
            return new CausalAnchorRun(List.of(), python.problem());
        }
        if (!bad.isEmpty()) {
            return new CausalAnchorRun(List.of(), bad.get(0));
        }
        if (measured.isEmpty()) {
            return new CausalAnchorRun(List.of(), python.gaveNothing());
        }
        return new CausalAnchorRun(measured, null);
    }

    /**
     * Reads a result line: {@code RESULT anchor=NAME cohort=K users=U steps=S tokens=T seconds=X
     * rss_peak_bytes=B}, fields in any order, others ignored.
     *
     * @param line the line
     * @return the measurement, or empty if the line is not a result line
     * @throws IllegalArgumentException naming the line when a field is missing or malformed
     */
    static Optional<ThroughputMeasurement> parse(String line) {
        if (!line.startsWith(PREFIX)) {
            return Optional.empty();
        }
        Map<String, String> fields = new HashMap<>();
        for (String field : line.substring(PREFIX.length()).trim().split("\\s+")) {
            int equals = field.indexOf('=');
            if (equals > 0) {
                fields.put(field.substring(0, equals), field.substring(equals + 1));
            }
        }
        for (String key : FIELDS) {
            if (!fields.containsKey(key)) {
                throw new IllegalArgumentException("anchor result '" + line + "' has no " + key + "=");
            }
        }
        try {
            return Optional.of(new ThroughputMeasurement(fields.get("anchor"), Integer.parseInt(fields.get("cohort")),
                    Integer.parseInt(fields.get("users")), Integer.parseInt(fields.get("steps")),
                    Long.parseLong(fields.get("tokens")), Double.parseDouble(fields.get("seconds")), -1,
                    Long.parseLong(fields.get("rss_peak_bytes"))));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("anchor result '" + line + "' has a malformed number: " + e.getMessage(),
                    e);
        }
    }
}
