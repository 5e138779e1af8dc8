package dev.peftu.bench;

import ai.djl.engine.Engine;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import ai.djl.nn.Activation;
import ai.djl.nn.core.Linear;
import ai.djl.nn.norm.LayerNorm;
import ai.djl.training.GradientCollector;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Times single PyTorch operations on the shapes of a one-user training step (8 texts of 16
 * tokens: 128 token rows, hidden 384, 12 heads, LoRA rank 8), once through DJL and once in plain
 * PyTorch with {@code python3} (the script {@code kernel_timings.py} beside this class), and
 * prints both side by side: a hand-run companion of {@link TrainingStepProfile} that tells the
 * runtime's share of a gap apart from peftu's. Each operation runs a warm-up, then three rounds
 * of the given iterations; the median round's microseconds per call count. Where
 * {@code python3} or {@code torch} is missing, that column says why.
 *
 * <p>Run it on the test class path: {@code java -cp ... dev.peftu.bench.KernelTimings [ITERATIONS]}.
 */
public final class KernelTimings {

    private static final int ROUNDS = 3;
    private static final String SCRIPT = "kernel_timings.py";
    private static final long TIMEOUT_MINUTES = 30;

    private KernelTimings() {
    }

    /**
     * Times every operation and prints the table.
     *
     * @param args optionally the iterations per round (default 2000)
     * @throws IOException if the PyTorch script cannot be read
     */
    public static void main(String[] args) throws IOException {
        int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        Map<String, Double> djl = djlTimings(iterations);
        Map<String, String> torch = torchTimings(iterations);
        System.out.printf(Locale.ROOT, "DJL %s with PyTorch %s against %s%n%n", Engine.getDjlVersion(),
                Engine.getEngine("PyTorch").getVersion(), torch.getOrDefault("version", "plain PyTorch"));
        System.out.println("| operation | DJL µs per call | plain PyTorch µs per call | DJL / PyTorch |");
        System.out.println("| --- | --- | --- | --- |");
        djl.forEach((name, micros) -> {
            String other = torch.getOrDefault(name, torch.getOrDefault("unavailable", "n/a"));
            String ratio = other.matches("[0-9.]+")
                    ? String.format(Locale.ROOT, "%.2f", micros / Double.parseDouble(other)) : "n/a";
            System.out.printf(Locale.ROOT, "| %s | %.1f | %s | %s |%n", name, micros, other, ratio);
        });
    }

    private static Map<String, Double> djlTimings(int iterations) {
        Map<String, Double> timings = new LinkedHashMap<>();
        try (NDManager m = NDManager.newBaseManager()) {
            NDArray one = m.create(1f);
            timings.put("tiny add", time(iterations, () -> one.add(one)));
            linear(m, timings, iterations, 128, 384, 1152);
            linear(m, timings, iterations, 128, 384, 384);
            linear(m, timings, iterations, 128, 384, 1536);
            linear(m, timings, iterations, 128, 1536, 384);
            bmm(m, timings, iterations, 1, 128, 384, 8);
            bmm(m, timings, iterations, 1, 128, 8, 384);
            bmm(m, timings, iterations, 1, 384, 128, 8);
            bmm(m, timings, iterations, 96, 16, 32, 16);
            NDArray scores = m.randomNormal(new Shape(8, 12, 16, 16));
            timings.put("softmax [8,12,16,16]", time(iterations, () -> scores.softmax(-1)));
            NDArray hidden = m.randomNormal(new Shape(128, 384));
            NDArray gamma = m.ones(new Shape(384));
            NDArray beta = m.zeros(new Shape(384));
            timings.put("layer_norm [128,384]", time(iterations,
                    () -> LayerNorm.layerNorm(hidden, new Shape(384), gamma, beta, 1e-12f).singletonOrThrow()));
            NDArray wide = m.randomNormal(new Shape(128, 1536));
            timings.put("gelu [128,1536]", time(iterations, () -> Activation.gelu(wide)));
            NDArray trained = wide.duplicate();
            trained.setRequiresGradient(true);
            timings.put("gelu forward and backward [128,1536]", time(iterations, () -> {
                try (GradientCollector collector = Engine.getInstance().newGradientCollector()) {
                    NDArray activated = Activation.gelu(trained);
                    NDArray total = activated.sum();
                    collector.backward(total);
                    activated.close();
                    return total;
                }
            }));
        }
        return timings;
    }

    private static void linear(NDManager m, Map<String, Double> timings, int iterations, int rows, int in, int out) {
        NDArray x = m.randomNormal(new Shape(rows, in));
        NDArray w = m.randomNormal(new Shape(out, in));
        NDArray b = m.randomNormal(new Shape(out));
        timings.put("linear " + rows + "x" + in + " -> " + out,
                time(iterations, () -> Linear.linear(x, w, b).singletonOrThrow()));
    }

    private static void bmm(NDManager m, Map<String, Double> timings, int iterations, int batch, int rows, int inner,
                            int columns) {
        NDArray a = m.randomNormal(new Shape(batch, rows, inner));
        NDArray b = m.randomNormal(new Shape(batch, inner, columns));
        timings.put(String.format(Locale.ROOT, "bmm [%d,%d,%d]x[%d,%d,%d]", batch, rows, inner, batch, inner, columns),
                time(iterations, () -> a.matMul(b)));
    }

    /** Median round's microseconds per call; every result is closed at once, as PyTorch frees it. */
    private static double time(int iterations, Supplier<NDArray> operation) {
        for (int i = 0; i < Math.max(5, iterations / 10); i++) {
            operation.get().close();
        }
        List<Double> rounds = new ArrayList<>();
        for (int r = 0; r < ROUNDS; r++) {
            long start = System.nanoTime();
            for (int i = 0; i < iterations; i++) {
                operation.get().close();
            }
            rounds.add((System.nanoTime() - start) / 1e3 / iterations);
        }
        return MeasuredRounds.median(rounds);
    }

    private static Map<String, String> torchTimings(int iterations) throws IOException {
        byte[] script;
        try (InputStream in = KernelTimings.class.getResourceAsStream(SCRIPT)) {
            script = in.readAllBytes();
        }
        Map<String, String> timings = new LinkedHashMap<>();
        PythonRun python = PythonRun.run(List.of("-", Integer.toString(iterations), Integer.toString(ROUNDS)), script,
                TIMEOUT_MINUTES, line -> {
                    String[] cells = line.split("\t");
                    if (cells.length == 2) {
                        timings.put(cells[0], cells[1]);
                    }
                });
        if (python.problem() != null) {
            timings.put("unavailable", python.problem());
        }
        return timings;
    }
}
