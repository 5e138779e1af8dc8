package dev.peftu.bench;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.data.SyntheticTaskGenerator;
import dev.peftu.data.UserData;
import dev.peftu.model.BaseModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;

/**
 * Measures how fast the cohort trainer trains per-user modules on CPU, and how much memory it
 * takes: a benchmark run by hand, never by the test suite, that prints a Markdown table and
 * asserts nothing.
 *
 * <p>For LoRA and Houlsby adapters ({@code lora}, {@code adapter}) and cohorts of 1, 8 and 32
 * users, each in a JVM of its own (so that each configuration's RSS peak is its own), it trains
 * every user of a synthetic dataset ({@link SyntheticTaskGenerator}, default 32 users, each
 * labelling the same 60 texts, split 48/6/6) for one epoch with batches of 8 rows per user, on
 * the embedded all-MiniLM-L6-v2 base, at the methods' default settings (LoRA's dropout
 * included), with a fixed seed. Each configuration first trains its first cohort once in full
 * (warm-up), then is timed. Per configuration:
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
 *
 * <p>After each cohort size's peftu runs it runs the plain-PyTorch anchor on the same shapes
 * and cohort size ({@link PlainTorchAnchor}: {@code ../shared/bench/torch_cpu_cohort.py USERS
 * TRAIN_TEXTS 16 K K}, the script's path set by {@code peftu.bench.anchor}: the second run of
 * each size counts, so that the anchor is warmed up as peftu is) where {@code python3} with
 * {@code torch} is available, so that each ratio compares runs made within a minute of each
 * other. All of it repeats for {@code peftu.bench.rounds} rounds (default 3), and each figure is
 * the median round's: on a shared or virtual machine single runs minutes apart differed by up to
 * 20%. It prints peftu's users per minute over plain PyTorch's per cohort size and best against
 * best; where the anchor cannot run, it prints why. It never fails.
 *
 * <p>It takes about 6 minutes on 2 idle cores with 3 rounds, and several times longer on shared
 * cores. Run it from the repository root, after installing the module's dependencies, with
 * <pre>{@code mvn -B -q -o -pl peft-runtime -Pbench test-compile exec:exec}</pre>
 * which forks a clean JVM on the test class path (so that heap and RSS are the benchmark's own,
 * not Maven's). The system properties {@code peftu.bench.users}, {@code peftu.bench.textsPerUser}
 * and {@code peftu.bench.rounds} (passed as {@code -Dpeftu.bench.rounds=1} to Maven) change the
 * dataset's size and the rounds; {@code peftu.bench.settings.lora} and
 * {@code peftu.bench.settings.adapter} change a method's settings ({@code KEY=VALUE,...}, e.g.
 * {@code -Dpeftu.bench.settings.lora=dropout=0} for the anchor's work: it has no dropout). {@code -o} needs exec-maven-plugin and its dependencies in the
 * local repository: the first time, run without {@code -o} (Maven Central only).
 */
public final class TrainingThroughputBenchmark {

    private static final List<String> METHODS = List.of("lora", "adapter");
    private static final List<Integer> COHORT_SIZES = List.of(1, 8, 32);
    private static final int EPOCHS = 1;
    /** The most tokens per text the base model sees. */
    static final int MAX_LENGTH = 128;
    /** The seed of the synthetic data and of training. */
    static final long SEED = 42;
    /** Tokens per text the anchor trains on: the synthetic texts padded to the longest of a batch. */
    private static final int ANCHOR_TOKENS_PER_TEXT = 16;
    private static final String CONFIGURATION = "--configuration";
    /** Prefix of the properties that change a method's settings: {@code peftu.bench.settings.lora=dropout=0}. */
    static final String SETTINGS_PREFIX = "peftu.bench.settings.";
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
        PersonalizedDataset dataset = dataset();
        if (args.length == 3 && args[0].equals(CONFIGURATION)) {
            measureOne(dataset, args[1], Integer.parseInt(args[2]));
            return;
        }
        long started = System.nanoTime();
        try (BaseModel base = BaseModel.embedded(MAX_LENGTH)) {
            describe(dataset, base);
        }
        int rounds = positiveProperty("peftu.bench.rounds", 3);
        String script = System.getProperty("peftu.bench.anchor", "../shared/bench/torch_cpu_cohort.py");
        Map<String, List<ThroughputMeasurement>> peftu = new LinkedHashMap<>();
        Map<Integer, List<Double>> torch = new LinkedHashMap<>();
        String anchorProblem = null;
        for (int round = 1; round <= rounds; round++) {
            System.out.printf(Locale.ROOT, "round %d of %d; load average: %s%n", round, rounds, loadAverage());
            for (int cohortSize : COHORT_SIZES) {
                for (String method : METHODS) {
                    ForkedConfiguration.measure(List.of(CONFIGURATION, method, Integer.toString(cohortSize)))
                            .ifPresent(m -> peftu.computeIfAbsent(method + " " + cohortSize, k -> new ArrayList<>())
                                    .add(m));
                }
                if (anchorProblem == null) {
                    PlainTorchAnchor anchor = PlainTorchAnchor.run(Path.of(script), anchorShape(dataset, cohortSize));
                    if (anchor.available()) {
                        anchor.usersPerMinute().forEach((size, rate) ->
                                torch.computeIfAbsent(size, k -> new ArrayList<>()).add(rate));
                    } else {
                        anchorProblem = anchor.description();
                    }
                }
            }
        }
        List<MeasuredRounds> configurations = new ArrayList<>();
        for (String method : METHODS) {
            for (int cohortSize : COHORT_SIZES) {
                List<ThroughputMeasurement> measured = peftu.get(method + " " + cohortSize);
                if (measured != null) {
                    configurations.add(new MeasuredRounds(measured));
                }
            }
        }
        System.out.println();
        System.out.print(MarkdownTable.render(configurations));
        System.out.println();
        System.out.println("Each row ran in its own JVM per round; users/min is the median round's, the RSS and heap"
                + " peaks the highest of any round, base model included.");
        System.out.println();
        if (anchorProblem == null && !torch.isEmpty()) {
            printAnchorComparison(dataset, script, configurations, torch);
        } else {
            System.out.println("plain-PyTorch anchor unavailable: " + anchorProblem);
        }
        System.out.printf(Locale.ROOT, "total %.0f s; load average at the end: %s%n",
                (System.nanoTime() - started) / 1e9, loadAverage());
    }

    private static void printAnchorComparison(PersonalizedDataset dataset, String script,
                                              List<MeasuredRounds> configurations, Map<Integer, List<Double>> torch) {
        Map<Integer, Double> torchMedians = new LinkedHashMap<>();
        torch.forEach((size, rates) -> torchMedians.put(size, MeasuredRounds.median(rates)));
        List<String> shape = anchorShape(dataset, COHORT_SIZES.get(0)).subList(0, 3);
        System.out.println("anchor: python3 " + script + " " + String.join(" ", shape) + " K K (the second, warm"
                + " run counts), for each cohort size K right after peftu's runs of that size, in every round;"
                + " PyTorch users/min per cohort size and round: " + torch);
        System.out.println();
        System.out.print(AnchorTable.render(configurations.stream().map(MeasuredRounds::median).toList(),
                torchMedians));
    }

    /**
     * The anchor script's arguments for one cohort size: users, training texts per user, tokens
     * per text, and the size twice. The script trains everyone once per size given and the second
     * run's figure is kept ({@link PlainTorchAnchor} keeps a size's last line): warmed up, as
     * peftu's configurations are.
     */
    private static List<String> anchorShape(PersonalizedDataset dataset, int cohortSize) {
        return List.of(Integer.toString(dataset.users().size()),
                Integer.toString(dataset.users().get(0).train().size()), Integer.toString(ANCHOR_TOKENS_PER_TEXT),
                Integer.toString(cohortSize), Integer.toString(cohortSize));
    }

    /**
     * The benchmark's synthetic users: {@code peftu.bench.users} (default 32), each labelling
     * {@code peftu.bench.textsPerUser} texts (default 60), from {@link #SEED}.
     */
    static PersonalizedDataset dataset() {
        return SyntheticTaskGenerator.defaults().users(positiveProperty("peftu.bench.users", 32))
                .textsPerUser(positiveProperty("peftu.bench.textsPerUser", 60)).seed(SEED).dataset();
    }

    private static void measureOne(PersonalizedDataset dataset, String method, int cohortSize) {
        try (BaseModel base = BaseModel.embedded(MAX_LENGTH); PeakMemory memory = new PeakMemory()) {
            new CohortTrainingTimer(base, method, settings(method), cohortSize, EPOCHS, dataset, SEED)
                    .warmUpMeasureAndReport(memory);
        }
    }

    /**
     * A method's setting overrides from {@code peftu.bench.settings.METHOD}, comma-separated
     * {@code KEY=VALUE} pairs; none by default, so each method runs at its defaults.
     */
    static Map<String, String> settings(String method) {
        String value = System.getProperty(SETTINGS_PREFIX + method, "").strip();
        return overrides(value.isEmpty() ? List.of() : List.of(value.split(",")));
    }

    /**
     * Reads setting overrides given as {@code KEY=VALUE} texts.
     *
     * @throws IllegalArgumentException naming the text that is not {@code KEY=VALUE}
     */
    static Map<String, String> overrides(List<String> settings) {
        Map<String, String> overrides = new LinkedHashMap<>();
        for (String setting : settings) {
            String[] parts = setting.strip().split("=", 2);
            if (parts.length != 2 || parts[0].isBlank()) {
                throw new IllegalArgumentException("setting '" + setting + "' should be KEY=VALUE, e.g. dropout=0");
            }
            overrides.put(parts[0].strip(), parts[1].strip());
        }
        return overrides;
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
        for (String method : METHODS) {
            Map<String, String> settings = settings(method);
            System.out.printf(Locale.ROOT, "%s: %s%n", method,
                    settings.isEmpty() ? "default settings" : "default settings but " + settings);
        }
    }

    private static double averageTokens(List<UserData> users, BaseModel base) {
        return users.stream().flatMap(u -> u.train().stream())
                .mapToInt(example -> base.tokenIds(example.text()).length).average().orElse(0);
    }

    /** Returns the 1, 5 and 15 minute load averages of {@code /proc/loadavg}, or why they are unknown. */
    static String loadAverage() {
        try {
            String[] fields = Files.readString(LOAD_AVERAGE).trim().split("\\s+");
            return String.join(" ", fields[0], fields[1], fields[2]);
        } catch (IOException | ArrayIndexOutOfBoundsException e) {
            return "unknown (" + LOAD_AVERAGE + " unreadable)";
        }
    }

    /**
     * Reads a system property that holds a positive whole number.
     *
     * @param key the property
     * @param fallback its value when unset
     * @throws IllegalArgumentException naming the property and its value when it is not one
     */
    static int positiveProperty(String key, int fallback) {
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
