package dev.peftu.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one benchmark configuration in a JVM of its own, on this JVM's class path and system
 * properties of the benchmark (every {@code peftu.bench.*} one), so that its heap and RSS peaks are
 * its own; the child prints its measurement as one line ({@link #encode}), everything else it
 * prints is passed through.
 */
final class ForkedConfiguration {

    private static final String PREFIX = "MEASURED ";
    private static final List<String> PASSED_PROPERTIES = List.of("ai.djl.offline");
    private static final String BENCH_PROPERTIES = "peftu.bench.";

    private ForkedConfiguration() {
    }

    /**
     * Measures a configuration of {@link TrainingThroughputBenchmark} in a child JVM.
     *
     * @param arguments the child's arguments
     * @return the measurement, or empty if the child failed (which is printed)
     */
    static Optional<ThroughputMeasurement> measure(List<String> arguments) {
        return measure(TrainingThroughputBenchmark.class, arguments);
    }

    /**
     * Measures a configuration in a child JVM running a benchmark's {@code main}.
     *
     * @param benchmark the class whose {@code main} measures one configuration and prints it ({@link #encode})
     * @param arguments the child's arguments
     * @return the measurement, or empty if the child failed (which is printed)
     */
    static Optional<ThroughputMeasurement> measure(Class<?> benchmark, List<String> arguments) {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        for (String key : System.getProperties().stringPropertyNames()) {
            if (PASSED_PROPERTIES.contains(key) || key.startsWith(BENCH_PROPERTIES)) {
                command.add("-D" + key + "=" + System.getProperty(key));
            }
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), benchmark.getName()));
        command.addAll(arguments);
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            ThroughputMeasurement measurement = null;
            try (BufferedReader reader = new BufferedReader(
                    new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                    if (line.startsWith(PREFIX)) {
                        measurement = decode(line);
                        System.out.printf(java.util.Locale.ROOT, "measured %s, cohort %d: %.1f s%n",
                                measurement.method(), measurement.cohortSize(), measurement.seconds());
                    } else if (!line.contains(" WARN ") && !line.contains(" INFO ")) {
                        System.out.println("  " + line);
                    }
                }
            }
            int exit = process.waitFor();
            if (exit != 0 || measurement == null) {
                System.out.println("configuration " + arguments + " failed (exit " + exit + "); left out");
                return Optional.empty();
            }
            return Optional.of(measurement);
        } catch (IOException e) {
            System.out.println("configuration " + arguments + " could not start: " + e.getMessage());
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    /** Writes a measurement as the line a child prints. */
    static String encode(ThroughputMeasurement m) {
        return PREFIX + String.join(" ", m.method(), Integer.toString(m.cohortSize()), Integer.toString(m.users()),
                Integer.toString(m.steps()), Long.toString(m.tokens()), Double.toString(m.seconds()),
                Long.toString(m.heapPeakBytes()), Long.toString(m.rssPeakBytes()));
    }

    /** Reads the line a child printed. */
    static ThroughputMeasurement decode(String line) {
        String[] f = line.substring(PREFIX.length()).trim().split(" ");
        if (f.length != 8) {
            throw new IllegalArgumentException("measurement line '" + line + "' should have 8 fields");
        }
        return new ThroughputMeasurement(f[0], Integer.parseInt(f[1]), Integer.parseInt(f[2]), Integer.parseInt(f[3]),
                Long.parseLong(f[4]), Double.parseDouble(f[5]), Long.parseLong(f[6]), Long.parseLong(f[7]));
    }
}
