package dev.peftu.bench;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.data.UserData;
import dev.peftu.model.BaseModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Measures how fast the cohort trainer trains per-user modules on CPU, and how much memory it
 * takes: a benchmark run by hand, never by the test suite, that prints a Markdown table and
 * asserts nothing.
 *
 * <p>For LoRA and Houlsby adapters ({@code lora}, {@code adapter}) and cohorts of 1, 8 and 32
 * users, each in a JVM of its own (so that each configuration's RSS peak is its own), it trains every user of a synthetic dataset ({@link SyntheticTaskGenerator}, default 32
 * users, each labelling the same 60 texts, split 48/6/6) for one epoch with batches of 8 rows per
 * user, on the embedded all-MiniLM-L6-v2 base, with a fixed seed. Each configuration first trains
 * its first cohort once on two batches per user (warm-up), then is timed. Per configuration:
 * <ul>
 *   <li><b>tokens/s</b>: real (non-padding) tokens of the training rows, {@code [CLS]} and
 *       {@code [SEP]} included, over the wall-clock seconds spent inside
 *       {@code CohortTrainer.train}. Those seconds include each epoch's validation pass (forward
 *       only, 6 texts per user) but not prediction, module storage or data generation.</li>
 *   <li><b>users/min</b>: users trained over those seconds, times 60.</li>
 *   <li><b>heap peak MB</b>: the JVM heap's peak use while training (garbage collector MXBean
 *       notifications and {@code MemoryMXBean}); PyTorch's tensors live outside it.</li>
 *   <li><b>RSS peak MB</b>: the process's resident set high-water mark, {@code VmHWM} of
 *       {@code /proc/self/status}, reset before each configuration through
 *       {@code /proc/self/clear_refs}; it includes the base model and native memory.</li>
 * </ul>
 * <p>Then, right after, it runs the plain-PyTorch anchor on the same shapes
 * ({@link PlainTorchAnchor}: {@code ../shared/bench/torch_cpu_cohort.py USERS TRAIN_TEXTS 16 1 8 32},
 * the script's path set by {@code peftu.bench.anchor}) where {@code python3} with {@code torch}
 * is available, and prints peftu's users per minute over plain PyTorch's per cohort size and
 * best against best; where it is not, it prints why the anchor is unavailable. It never fails.
 *
 * <p>It should take 3 to 4 minutes on 2 idle cores (extrapolated from a 4-user run), and several
 * times longer on shared cores. Run it from the repository root, after installing the
 * module's dependencies, with
 * <pre>{@code mvn -B -q -o -pl peft-runtime -Pbench test-compile exec:exec}</pre>
 * which forks a clean JVM on the test class path (so that heap and RSS are the benchmark's own,
 * not Maven's). The system properties {@code peftu.bench.users} and
 * {@code peftu.bench.textsPerUser} (passed as {@code -Dpeftu.bench.users=8} to Maven) change the
 * dataset's size. {@code -o} needs exec-maven-plugin and its dependencies in the local
 * repository: the first time, run without {@code -o} (Maven Central only).
 */
public final class TrainingThroughputBenchmark {

    private static final List<String> METHODS = List.of("lora", "adapter");
    private static final List<Integer> COHORT_SIZES = List.of(1, 8, 32);
    private static final int EPOCHS = 1;
    private static final int MAX_LENGTH = 128;
    private static final long SEED = 42;
    /** Tokens per text the anchor trains on: the synthetic texts padded to the longest of a batch. */
    private static final int ANCHOR_TOKENS_PER_TEXT = 16;
    private static final String CONFIGURATION = "--configuration";
    private static final Path LOAD_AVERAGE = Path.of("/proc/loadavg");

    private TrainingThroughputBenchmark() {
    }

    /**
     * Runs the benchmark and prints its tables to standard output; or, with arguments
     * {@code --configuration METHOD COHORT}, measures that one configuration in this JVM and
     * prints its measurement as one line.
     *
     * @param args none, or one configuration; see the class description for the system properties
     */
    public static void main(String[] args) {
        PersonalizedDataset dataset = SyntheticTaskGenerator.defaults()
                .users(positiveProperty("peftu.bench.users", 32))
                .textsPerUser(positiveProperty("peftu.bench.textsPerUser", 60)).seed(SEED).dataset();
        if (args.length == 3 && args[0].equals(CONFIGURATION)) {
            measureOne(dataset, args[1], Integer.parseInt(args[2]));
            return;
        }
        long started = System.nanoTime();
        try (BaseModel base = BaseModel.embedded(MAX_LENGTH)) {
            describe(dataset, base);
        }
        List<ThroughputMeasurement> measurements = new ArrayList<>();
        for (String method : METHODS) {
            for (int cohortSize : COHORT_SIZES) {
                ForkedConfiguration.measure(List.of(CONFIGURATION, method, Integer.toString(cohortSize)))
                        .ifPresent(measurements::add);
            }
        }
        System.out.println();
        System.out.print(MarkdownTable.render(measurements));
        System.out.println();
        System.out.println("Each row ran in its own JVM; its RSS peak is that JVM's, base model included.");
        System.out.printf(Locale.ROOT, "peftu done after %.0f s; load average: %s%n",
                (System.nanoTime() - started) / 1e9, loadAverage());
        List<String> shape = new ArrayList<>(List.of(Integer.toString(dataset.users().size()),
                Integer.toString(dataset.users().get(0).train().size()), Integer.toString(ANCHOR_TOKENS_PER_TEXT)));
        COHORT_SIZES.forEach(size -> shape.add(Integer.toString(size)));
        String script = System.getProperty("peftu.bench.anchor", "../shared/bench/torch_cpu_cohort.py");
        PlainTorchAnchor anchor = PlainTorchAnchor.run(Path.of(script), shape);
        System.out.println();
        if (anchor.available()) {
            System.out.println("anchor: " + anchor.description() + " (right after peftu, same machine)");
            System.out.println();
            System.out.print(AnchorTable.render(measurements, anchor.usersPerMinute()));
        } else {
            System.out.println("plain-PyTorch anchor unavailable: " + anchor.description());
        }
        System.out.printf(Locale.ROOT, "total %.0f s; load average at the end: %s%n",
                (System.nanoTime() - started) / 1e9, loadAverage());
    }

    private static void measureOne(PersonalizedDataset dataset, String method, int cohortSize) {
        try (BaseModel base = BaseModel.embedded(MAX_LENGTH); PeakMemory memory = new PeakMemory()) {
            CohortTrainingTimer timer = new CohortTrainingTimer(base, method, cohortSize, EPOCHS, dataset, SEED);
            timer.warmUp();
            ThroughputMeasurement measurement = timer.measure(memory);
            if (!memory.rssResettable()) {
                System.out.println("RSS peak: /proc/self/clear_refs could not be written, so the RSS peak includes "
                        + "the warm-up.");
            }
            System.out.println(ForkedConfiguration.encode(measurement));
        }
    }

    private static void describe(PersonalizedDataset dataset, BaseModel base) {
        List<UserData> users = dataset.users();
        UserData first = users.get(0);
        System.out.printf(Locale.ROOT, "base: %s; %d cores; load average at the start: %s%n", base.name(),
                Runtime.getRuntime().availableProcessors(), loadAverage());
        System.out.printf(Locale.ROOT, "data: synthetic, seed %d, %d users x %d train / %d val / %d test examples "
                        + "(first user; %d train examples in all, %.1f tokens each on average); %d epoch, batch 8%n",
                SEED, users.size(), first.train().size(), first.val().size(), first.test().size(),
                users.stream().mapToInt(u -> u.train().size()).sum(), averageTokens(users, base), EPOCHS);
    }

    private static double averageTokens(List<UserData> users, BaseModel base) {
        return users.stream().flatMap(u -> u.train().stream())
                .mapToInt(example -> base.tokenIds(example.text()).length).average().orElse(0);
    }

    private static String loadAverage() {
        try {
            String[] fields = Files.readString(LOAD_AVERAGE).trim().split("\\s+");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown (" + LOAD_AVERAGE + " unreadable)";
        }
    }

    private static int positiveProperty(String key, int fallback) {
        String value = System.getProperty(key);
        if (value == null) {
            return fallback;
        }
        try {
            int parsed = Integer.parseInt(value.trim());
            if (parsed > 0) {
                return parsed;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("system property " + key + " is '" + value
                + "', expected a positive whole number");
    }
}
