package dev.peftu.bench;

import ai.djl.pytorch.jni.JniUtils;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.model.BaseModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Shows where a training step's time goes: a hand-run profile, never part of the tests. It
 * trains one configuration of the throughput benchmark ({@link TrainingThroughputBenchmark}:
 * the same synthetic data, sized by the same properties, seed and warm-up) three times: warm-up,
 * once timed without a profiler (with the minor page faults per step), and once under PyTorch's
 * own profiler, reached through DJL's {@link JniUtils#startProfile}. From the profiler's trace it prints, per training step:
 * the native operations the Java thread called in the forward pass (each one a JNI call into
 * PyTorch) and their time; the backward pass (autograd runs it on the same thread on CPU); the
 * time outside any native operation (Java work such as dropout masks, and JNI crossings); and a
 * table of operations by self time (time inside an operation minus time inside the operations it
 * called). The profiler itself adds about 15% to a step, mostly to the many small operations.
 *
 * <p>Run it on the test class path:
 * {@code java -cp ... dev.peftu.bench.TrainingStepProfile lora 32 trace.json}, where the
 * arguments are the method, the cohort size, where PyTorch writes the raw trace (Chrome trace
 * format) and optionally settings of the method such as {@code dropout=0};
 * {@code -Dpeftu.bench.profileShapes=true} also records operand shapes in the trace. Pair it with
 * {@code -XX:StartFlightRecording} for the Java side.
 */
public final class TrainingStepProfile {

    private static final int TOP = 30;

    private TrainingStepProfile() {
    }

    /**
     * Profiles one configuration.
     *
     * @param args the method, the cohort size, the path the raw trace is written to, then any settings
     *     ({@code KEY=VALUE})
     * @throws IOException if the trace cannot be written or read
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 3) {
            throw new IllegalArgumentException("arguments: METHOD COHORT_SIZE TRACE_FILE [KEY=VALUE ...],"
                    + " e.g. lora 32 trace.json dropout=0");
        }
        String method = args[0];
        int cohortSize = Integer.parseInt(args[1]);
        Path trace = Path.of(args[2]).toAbsolutePath();
        Map<String, String> overrides = TrainingThroughputBenchmark.overrides(
                Arrays.asList(args).subList(3, args.length));
        PersonalizedDataset dataset = TrainingThroughputBenchmark.dataset();
        try (BaseModel base = BaseModel.embedded(TrainingThroughputBenchmark.MAX_LENGTH);
             PeakMemory memory = new PeakMemory()) {
            CohortTrainingTimer timer = new CohortTrainingTimer(base, method, overrides, cohortSize, 1, dataset,
                    TrainingThroughputBenchmark.SEED);
            timer.warmUp();
            long faults = minorFaults();
            ThroughputMeasurement plain = timer.measure(memory);
            double steps = plain.steps();
            System.out.printf(Locale.ROOT, "%s %s, cohort %d, without profiler: %.1f ms per step, %.0f minor page"
                    + " faults per step%n", method, overrides, cohortSize, plain.seconds() * 1000 / steps,
                    (minorFaults() - faults) / steps);
            JniUtils.startProfile(false, Boolean.getBoolean("peftu.bench.profileShapes"), false);
            ThroughputMeasurement profiled = timer.measure(memory);
            JniUtils.stopProfile(trace.toString());
            report(profiled, new ObjectMapper().readTree(Files.readString(trace)));
        }
    }

    private static long minorFaults() throws IOException {
        String stat = Files.readString(Path.of("/proc/self/stat"));
        // the fields after the command name, which is in parentheses; minflt is the tenth field
        return Long.parseLong(stat.substring(stat.lastIndexOf(')') + 2).split(" ")[7]);
    }

    private static void report(ThroughputMeasurement measured, JsonNode events) {
        Map<Long, List<JsonNode>> byThread = new HashMap<>();
        for (JsonNode event : events) {
            if ("X".equals(event.path("ph").asText())) {
                byThread.computeIfAbsent(event.path("tid").asLong(), t -> new ArrayList<>()).add(event);
            }
        }
        StepTimes times = new StepTimes();
        byThread.values().forEach(list -> times.add(list));
        double steps = measured.steps();
        double wallMs = measured.seconds() * 1000;
        System.out.printf(Locale.ROOT, "with profiler: %.1f ms per step%n", wallMs / steps);
        System.out.printf(Locale.ROOT, "forward: %.0f native calls per step, %.1f ms%n", times.forwardCalls / steps,
                times.forwardMicros / 1000 / steps);
        System.out.printf(Locale.ROOT, "backward: %.0f autograd functions per step, %.1f ms%n",
                times.backwardCalls / steps, times.backwardMicros / 1000 / steps);
        System.out.printf(Locale.ROOT, "outside native operations (Java work, JNI crossings): %.1f ms per step%n",
                (wallMs - (times.forwardMicros + times.backwardMicros) / 1000) / steps);
        System.out.println();
        System.out.println("| operation | calls per step | self ms per step | share of self time |");
        System.out.println("| --- | --- | --- | --- |");
        double total = times.selfByOperation.values().stream().mapToDouble(v -> v[1]).sum();
        times.selfByOperation.entrySet().stream()
                .sorted((a, b) -> Double.compare(b.getValue()[1], a.getValue()[1])).limit(TOP)
                .forEach(e -> System.out.printf(Locale.ROOT, "| %s | %.0f | %.2f | %.1f%% |%n", e.getKey(),
                        e.getValue()[0] / steps, e.getValue()[1] / 1000 / steps, 100 * e.getValue()[1] / total));
    }

    /** Self times by operation, and the top-level forward calls and backward functions, from trace events. */
    private static final class StepTimes {

        private final Map<String, double[]> selfByOperation = new HashMap<>();
        private double forwardCalls;
        private double forwardMicros;
        private double backwardCalls;
        private double backwardMicros;

        /** Adds one thread's events: each event's self time is its duration minus its children's. */
        void add(List<JsonNode> events) {
            events.sort(Comparator.comparingDouble((JsonNode e) -> e.path("ts").asDouble())
                    .thenComparing(e -> -e.path("dur").asDouble()));
            List<double[]> open = new ArrayList<>();
            List<String> names = new ArrayList<>();
            for (JsonNode event : events) {
                double start = event.path("ts").asDouble();
                double duration = event.path("dur").asDouble();
                while (!open.isEmpty() && end(open.get(open.size() - 1)) <= start) {
                    close(open, names);
                }
                String name = event.path("name").asText();
                if (open.isEmpty()) {
                    if (name.startsWith("autograd::") || name.endsWith("Backward0")) {
                        backwardCalls++;
                        backwardMicros += duration;
                    } else {
                        forwardCalls++;
                        forwardMicros += duration;
                    }
                } else {
                    open.get(open.size() - 1)[2] += duration;
                }
                open.add(new double[] {start, duration, 0});
                names.add(name);
            }
            while (!open.isEmpty()) {
                close(open, names);
            }
        }

        private static double end(double[] event) {
            return event[0] + event[1];
        }

        private void close(List<double[]> open, List<String> names) {
            double[] event = open.remove(open.size() - 1);
            double[] sum = selfByOperation.computeIfAbsent(names.remove(names.size() - 1), n -> new double[2]);
            sum[0]++;
            sum[1] += event[1] - event[2];
        }
    }
}
