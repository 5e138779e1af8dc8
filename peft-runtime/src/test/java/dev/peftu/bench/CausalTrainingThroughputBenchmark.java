package dev.peftu.bench;

import dev.peftu.data.PersonalizedDataset;
import dev.peftu.model.BaseModel;
import dev.peftu.model.CausalLmConfig;
import dev.peftu.model.CausalLmDirectory;
import dev.peftu.model.PromptEncoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.ToIntFunction;

/**
 * How fast peftu trains per-user LoRA modules on a causal LM on this machine, against the two ways
 * the same work runs in Python: a benchmark run by hand, never by the test suite, that prints a
 * Markdown table and asserts nothing.
 *
 * <p>The work: a random Llama-shaped model of about 100M parameters (12 layers of width 768, FFN
 * 2048, 16000 tokens, tied embeddings; written by {@code src/test/python/bench/random_llama_100m.py}
 * when its directory is missing), 32 users each with 48 training texts of their own
 * ({@link CausalBenchUsers}: every prompt exactly 32 tokens, {@code <s>} included, followed by the
 * gold label's word, one token), LoRA r=8, alpha 32, dropout 0.1 on {@code q_proj} and
 * {@code v_proj}, AdamW, batches of 8 texts, one epoch, the language-modelling loss of the label's
 * words after the prompt. Contenders, each trained after a warm-up (its first cohort trained once
 * untimed), each timed around training only:
 * <ul>
 *   <li><b>peftu</b>: {@link dev.peftu.train.CohortTrainer} at each cohort size (default 1, 8, 16,
 *       32), each in a JVM of its own ({@link ForkedConfiguration}), at LoRA's default settings;</li>
 *   <li><b>(a)</b> {@code causal_hf_peft_loop.py}: HF transformers + peft, one user at a time,
 *       a fresh {@code get_peft_model(deepcopy(base), LoraConfig(...))} per user, the way PEFT-U
 *       and OPPU train (the copy and the injection are timed, as they pay them per user);</li>
 *   <li><b>(b)</b> {@code causal_torch_cohort.py}: plain PyTorch, the users of a cohort batched in
 *       one pass with stacked per-user A and B ({@code bmm}), at the same cohort sizes.</li>
 * </ul>
 * The anchors read the very token ids peftu trains on, from a JSON file this benchmark writes
 * beside the model directory. Both run right after peftu's configurations of each round, back to
 * back. Per configuration it prints users per minute, tokens per second (prompt and label tokens
 * of the training sequences), the peak RSS of the timed section (base model included; reset
 * through {@code /proc/self/clear_refs} in the JVM and in Python alike), and the ratios to (a) and
 * to (b); then peftu's best cohort size against the targets: at least 2x (a) and 0.9x (b)'s best.
 * With several rounds each figure is the median round's, each RSS the highest.
 *
 * <p>Run it from the repository root (the first time without {@code -o}, so that Maven fetches
 * exec-maven-plugin):
 * <pre>{@code mvn -B -q -o -pl peft-runtime -Pbench-causal test-compile exec:exec}</pre>
 * It needs {@code python3} with torch, transformers, peft, safetensors and tokenizers. System
 * properties (given to Maven as {@code -Dpeftu.bench.users=4}; the profile passes them on):
 * <ul>
 *   <li>{@code peftu.bench.model}: the model directory (default
 *       {@code peft-runtime/target/bench/random-llama-100m}, written with the script's default
 *       sizes when it has no {@code config.json}; for a smoke run write a small one first, e.g.
 *       {@code python3 peft-runtime/src/test/python/bench/random_llama_100m.py /tmp/llama-2m --vocab
 *       2048 --hidden 256 --layers 2 --heads 4 --kv-heads 4 --intermediate 688});</li>
 *   <li>{@code peftu.bench.users} (default 32), {@code peftu.bench.textsPerUser} (48, all
 *       training), {@code peftu.bench.promptTokens} (32);</li>
 *   <li>{@code peftu.bench.cohorts}: peftu's and (b)'s cohort sizes, comma-separated (default
 *       {@code 1,8,16,32});</li>
 *   <li>{@code peftu.bench.rounds} (default 1);</li>
 *   <li>{@code peftu.bench.scripts}: the folder of the Python scripts (default
 *       {@code peft-runtime/src/test/python/bench});</li>
 *   <li>{@code peftu.bench.settings.lora}: LoRA setting overrides for peftu, {@code KEY=VALUE,...}
 *       (the anchors keep r=8, alpha 32, dropout 0.1).</li>
 * </ul>
 *
 * <p><b>On a GPU</b>: run the same command with {@code DEV=cuda} in the environment, which the
 * Python anchors read ({@code DEV=cuda python3 causal_hf_peft_loop.py MODEL --data USERS.json} and
 * {@code DEV=cuda python3 causal_torch_cohort.py MODEL --data USERS.json --cohorts 1 8 16 32}; they
 * also print the GPU's peak memory), and with DJL pointed at a CUDA build of libtorch 2.7.1
 * ({@code PYTORCH_LIBRARY_PATH}, {@code PYTORCH_VERSION=2.7.1}, {@code PYTORCH_FLAVOR=cu128}; the
 * README's GPU section), so that DJL picks the first GPU for peftu; the header prints the device
 * peftu used. The output ends with these commands filled in.
 */
public final class CausalTrainingThroughputBenchmark {

    /** The PEFT method trained. */
    static final String METHOD = "lora";
    /** The seed of the users' texts and labels and of training. */
    static final long SEED = 42;
    private static final int EPOCHS = 1;
    /** The most distinct words the texts are made of. */
    private static final int WORDS = 4096;
    /** Tokens a label's words may take besides the prompt's, in the model's budget. */
    private static final int LABEL_ROOM = 16;
    private static final long PYTHON_TIMEOUT_MINUTES = 24 * 60;
    private static final String CONFIGURATION = "--configuration";
    private static final String WRITER = "random_llama_100m.py";
    private static final String HF_ANCHOR = "causal_hf_peft_loop.py";
    private static final String TORCH_ANCHOR = "causal_torch_cohort.py";

    private CausalTrainingThroughputBenchmark() {
    }

    /**
     * The benchmark's settings, from the system properties named in the class description.
     *
     * @param model the model directory
     * @param scripts the folder of the Python scripts
     * @param users users
     * @param texts training texts per user
     * @param promptTokens tokens of every prompt
     * @param cohorts cohort sizes
     * @param rounds rounds
     */
    record Settings(Path model, Path scripts, int users, int texts, int promptTokens, List<Integer> cohorts,
                    int rounds) {

        /** Reads the settings from the system properties, with their defaults. */
        static Settings fromProperties() {
            return new Settings(Path.of(System.getProperty("peftu.bench.model", "target/bench/random-llama-100m")),
                    Path.of(System.getProperty("peftu.bench.scripts", "src/test/python/bench")),
                    TrainingThroughputBenchmark.positiveProperty("peftu.bench.users", 32),
                    TrainingThroughputBenchmark.positiveProperty("peftu.bench.textsPerUser", 48),
                    TrainingThroughputBenchmark.positiveProperty("peftu.bench.promptTokens", 32),
                    CausalTrainingThroughputBenchmark.cohorts(System.getProperty("peftu.bench.cohorts", "1,8,16,32")),
                    TrainingThroughputBenchmark.positiveProperty("peftu.bench.rounds", 1));
        }

        /** The JSON of the users' token ids that the anchors read, beside the model directory. */
        Path anchorData() {
            Path absolute = model.toAbsolutePath().normalize();
            return absolute.resolveSibling(String.format(Locale.ROOT, "%s-users-%dx%d-p%d.json",
                    absolute.getFileName(), users, texts, promptTokens));
        }
    }

    /**
     * Runs the benchmark and prints its table; or, with arguments {@code --configuration lora K},
     * measures peftu at cohort size K in this JVM and prints the measurement as one line.
     *
     * @param args none, or one configuration; see the class description for the system properties
     */
    public static void main(String[] args) {
        Settings settings = Settings.fromProperties();
        if (args.length == 3 && args[0].equals(CONFIGURATION)) {
            measureOne(settings, Integer.parseInt(args[2]));
            return;
        }
        long started = System.nanoTime();
        String startLoad = TrainingThroughputBenchmark.loadAverage();
        System.out.printf(Locale.ROOT, "%s; %s; load average at the start: %s%n", now(), machine(), startLoad);
        if (!ensureModel(settings)) {
            return;
        }
        String work;
        try (BaseModel base = BaseModel.fromDirectory(settings.model(), settings.promptTokens() + LABEL_ROOM)) {
            PersonalizedDataset dataset = dataset(base, settings);
            work = describe(base, settings);
            System.out.print(work);
            Files.writeString(settings.anchorData(), CausalBenchUsers.anchorData(dataset,
                    base.promptEncoder(dataset.task())));
            System.out.println("the anchors' token ids: " + settings.anchorData());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + settings.anchorData(), e);
        }
        Map<Integer, List<ThroughputMeasurement>> peftu = new LinkedHashMap<>();
        List<ThroughputMeasurement> hf = new ArrayList<>();
        Map<Integer, List<ThroughputMeasurement>> torch = new LinkedHashMap<>();
        String hfProblem = null;
        String torchProblem = null;
        for (int round = 1; round <= settings.rounds(); round++) {
            System.out.printf(Locale.ROOT, "round %d of %d; load average: %s%n", round, settings.rounds(),
                    TrainingThroughputBenchmark.loadAverage());
            for (int cohort : settings.cohorts()) {
                ForkedConfiguration.measure(CausalTrainingThroughputBenchmark.class,
                        List.of(CONFIGURATION, METHOD, Integer.toString(cohort)))
                        .ifPresent(m -> peftu.computeIfAbsent(cohort, k -> new ArrayList<>()).add(m));
            }
            if (hfProblem == null) {
                CausalAnchorRun run = CausalAnchorRun.run(hfCommand(settings), PYTHON_TIMEOUT_MINUTES);
                hfProblem = run.problem();
                hf.addAll(run.measurements());
            }
            if (torchProblem == null) {
                CausalAnchorRun run = CausalAnchorRun.run(torchCommand(settings), PYTHON_TIMEOUT_MINUTES);
                torchProblem = run.problem();
                run.measurements().forEach(m -> torch.computeIfAbsent(m.cohortSize(), k -> new ArrayList<>()).add(m));
            }
        }
        List<MeasuredRounds> ours = peftu.values().stream().map(MeasuredRounds::new).toList();
        Optional<MeasuredRounds> a = hf.isEmpty() ? Optional.empty() : Optional.of(new MeasuredRounds(hf));
        List<MeasuredRounds> b = torch.values().stream().map(MeasuredRounds::new).toList();
        System.out.println();
        System.out.printf(Locale.ROOT, "## LoRA training on a causal LM: peftu against (a) HF transformers + peft and"
                + " (b) plain PyTorch, %s%n%n", now());
        System.out.print(work);
        System.out.printf(Locale.ROOT, "machine: %s; load average %s at the start, %s at the end; %s; users/min and"
                        + " tokens/s timed after a warm-up (the first cohort trained once), RSS peak of the timed"
                        + " section, base model included%s%n", machine(), startLoad,
                TrainingThroughputBenchmark.loadAverage(), settings.rounds() == 1 ? "one round"
                        : settings.rounds() + " rounds, each figure the median round's",
                settings.rounds() == 1 ? "" : ", the highest of any round");
        if (busy(startLoad, Runtime.getRuntime().availableProcessors())) {
            System.out.printf(Locale.ROOT, "WARNING: the load average at the start (%s) was above the %d cores: other"
                    + " processes competed for the CPU, which slows multithreaded steps far more than their share"
                    + " (small steps most); compare these figures only with a run on an idle machine%n", startLoad,
                    Runtime.getRuntime().availableProcessors());
        }
        System.out.printf(Locale.ROOT, "targets: peftu's best cohort >= %.1fx (a) and >= %.1fx (b)'s best cohort%n%n",
                CausalBenchTable.TARGET_VS_HF, CausalBenchTable.TARGET_VS_TORCH);
        System.out.print(CausalBenchTable.render(ours, a, b));
        System.out.println();
        System.out.print(CausalBenchTable.verdict(ours, a, b));
        if (hfProblem != null) {
            System.out.println("(a) unavailable: " + hfProblem);
        }
        if (torchProblem != null) {
            System.out.println("(b) unavailable: " + torchProblem);
        }
        System.out.println();
        printGpuCommands(settings);
        System.out.printf(Locale.ROOT, "total %.0f s%n", (System.nanoTime() - started) / 1e9);
    }

    /**
     * Reads a list of cohort sizes such as {@code 1,8,16,32}.
     *
     * @param text comma-separated positive whole numbers
     * @return the sizes, in the order given, without repeats
     * @throws IllegalArgumentException naming the text when a size is not a positive whole number
     */
    static List<Integer> cohorts(String text) {
        List<Integer> sizes = new ArrayList<>();
        for (String part : text.split(",")) {
            int size;
            try {
                size = Integer.parseInt(part.strip());
            } catch (NumberFormatException e) {
                size = 0;
            }
            if (size < 1) {
                throw new IllegalArgumentException("peftu.bench.cohorts is '" + text
                        + "'; expected positive whole numbers separated by commas, e.g. 1,8,16,32");
            }
            if (!sizes.contains(size)) {
                sizes.add(size);
            }
        }
        return List.copyOf(sizes);
    }

    /**
     * Returns whether a load average (as {@link TrainingThroughputBenchmark#loadAverage()} gives
     * it: the 1, 5 and 15 minute figures) shows more runnable processes over the last minute than
     * the machine has cores.
     *
     * @param loadAverage the load average text
     * @param cores the machine's cores
     * @return true if the first figure exceeds the cores; false if it does not, or is unknown
     */
    static boolean busy(String loadAverage, int cores) {
        try {
            return Double.parseDouble(loadAverage.strip().split("\\s+")[0]) > cores;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /**
     * Returns a causal LM's parameter count from its configuration: embeddings (twice when the
     * output projection is not tied to them), every layer's projections, biases and norms, the
     * final norm.
     *
     * @param c the configuration
     * @return the parameters
     */
    static long parameters(CausalLmConfig c) {
        long hidden = c.hiddenSize();
        long query = (long) c.heads() * c.headSize();
        long keyValue = (long) c.keyValueHeads() * c.headSize();
        long attention = hidden * query + 2 * hidden * keyValue + query * hidden
                + (c.queryKeyValueBias() ? query + 2 * keyValue : 0) + (c.outputBias() ? hidden : 0);
        long mlp = 3 * hidden * c.intermediateSize();
        long norms = 2 * hidden + (c.queryKeyNorm() ? 2L * c.headSize() : 0);
        long embeddings = (long) c.vocabSize() * hidden * (c.tieWordEmbeddings() ? 1 : 2);
        return c.layers() * (attention + mlp + norms) + embeddings + hidden;
    }

    /** The users, their prompts checked to take exactly {@code promptTokens} tokens. */
    static PersonalizedDataset dataset(BaseModel base, Settings settings) {
        Path tokenizerFile;
        try {
            tokenizerFile = CausalLmDirectory.open(settings.model()).tokenizerFile();
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
        List<String> words = CausalBenchUsers.singleTokenWords(tokenizerFile, base.tokenizer(), WORDS);
        PromptEncoder prompts = base.promptEncoder(CausalBenchUsers.TASK);
        ToIntFunction<String> promptLength = text -> prompts.prompt(text).length;
        PersonalizedDataset dataset = CausalBenchUsers.dataset(words, settings.users(), settings.texts(),
                CausalBenchUsers.wordsPerText(promptLength, settings.promptTokens()), SEED);
        CausalBenchUsers.requirePromptLength(dataset, promptLength, settings.promptTokens());
        return dataset;
    }

    private static void measureOne(Settings settings, int cohort) {
        try (BaseModel base = BaseModel.fromDirectory(settings.model(), settings.promptTokens() + LABEL_ROOM);
             PeakMemory memory = new PeakMemory()) {
            PersonalizedDataset dataset = dataset(base, settings);
            new CohortTrainingTimer(base, METHOD, TrainingThroughputBenchmark.settings(METHOD), cohort, EPOCHS, dataset,
                    SEED).warmUpMeasureAndReport(memory);
        }
    }

    /** Writes the default model when its directory has no config.json; false if that failed. */
    private static boolean ensureModel(Settings settings) {
        if (Files.isRegularFile(settings.model().resolve("config.json"))) {
            return true;
        }
        List<String> command = List.of(settings.scripts().resolve(WRITER).toString(), settings.model().toString());
        System.out.println("no model in " + settings.model() + "; writing one: python3 " + String.join(" ", command));
        PythonRun run = PythonRun.run(command, null, 60, line -> {
            if (!line.contains("it/s]")) {
                System.out.println("  python: " + line);
            }
        });
        if (run.problem() != null) {
            System.out.println("could not write the model: " + run.problem());
            return false;
        }
        return true;
    }

    private static List<String> hfCommand(Settings settings) {
        return List.of(settings.scripts().resolve(HF_ANCHOR).toString(), settings.model().toString(), "--data",
                settings.anchorData().toString());
    }

    private static List<String> torchCommand(Settings settings) {
        List<String> command = new ArrayList<>(List.of(settings.scripts().resolve(TORCH_ANCHOR).toString(),
                settings.model().toString(), "--data", settings.anchorData().toString(), "--cohorts"));
        settings.cohorts().forEach(k -> command.add(Integer.toString(k)));
        return command;
    }

    private static void printGpuCommands(Settings settings) {
        System.out.println("On a GPU: the same command with DEV=cuda in the environment and DJL pointed at a CUDA"
                + " libtorch (PYTORCH_LIBRARY_PATH=<libtorch 2.7.1+cu128>/lib PYTORCH_VERSION=2.7.1"
                + " PYTORCH_FLAVOR=cu128; README, section GPU: DJL then picks the first GPU for peftu); the anchors"
                + " alone:");
        System.out.println("  DEV=cuda python3 " + String.join(" ", hfCommand(settings)));
        System.out.println("  DEV=cuda python3 " + String.join(" ", torchCommand(settings)));
    }

    private static String machine() {
        return String.format(Locale.ROOT, "%s, %d cores, Java %s", cpuModel(), Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
    }

    private static String now() {
        return ZonedDateTime.now().format(DateTimeFormatter.ISO_OFFSET_DATE_TIME).substring(0, 16);
    }

    /** The model and the work, two lines. */
    private static String describe(BaseModel base, Settings settings) {
        CausalLmConfig c = base.causalLm().config();
        Map<String, String> overrides = TrainingThroughputBenchmark.settings(METHOD);
        return String.format(Locale.ROOT, "model: %s, %s, %.1fM parameters (%d layers, hidden %d, FFN %d, %d/%d heads,"
                        + " vocabulary %d); peftu's device: %s%n"
                        + "work: %d users x %d training texts (seed %d), every prompt %d tokens followed by the gold"
                        + " label's words (%s); LoRA r=8, alpha 32, dropout 0.1 on q_proj and v_proj, AdamW, batch 8,"
                        + " %d epoch%s%n", settings.model(), c.modelType(), parameters(c) / 1e6, c.layers(),
                c.hiddenSize(), c.intermediateSize(), c.heads(), c.keyValueHeads(), c.vocabSize(), base.device(),
                settings.users(), settings.texts(), SEED, settings.promptTokens(),
                String.join(" or ", CausalBenchUsers.TASK.labels().stream()
                        .map(l -> "\"" + CausalBenchUsers.TASK.prompt().verbalization(l) + "\"").toList()),
                EPOCHS, overrides.isEmpty() ? "" : "; peftu's LoRA settings changed: " + overrides);
    }

    private static String cpuModel() {
        try {
            return Files.readAllLines(Path.of("/proc/cpuinfo")).stream().filter(l -> l.startsWith("model name"))
                    .map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown CPU");
        } catch (IOException e) {
            return "unknown CPU";
        }
    }
}
