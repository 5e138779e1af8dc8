package dev.peftu.api;

import java.util.Set;

/**
 * The names of the configuration parameters the peftu engine reads, defined once for the engine
 * and for the Maven plugin that passes them on. The engine's {@code Constants} documents what each
 * one means, its values and its default.
 *
 * <p>The {@value #PREFIX} namespace belongs to peftu: a key in it that is neither one of
 * {@link #ENGINE_KEYS}, nor one of the Maven plugin's own properties ({@link #PLUGIN_KEYS}, which
 * reach the engine as system properties of the Maven process), nor under {@value #BENCH_PREFIX}
 * (the runtime's throughput benchmarks and tests, which run without the engine) fails the run, so
 * that a misspelled key can never be ignored. A spec's own {@code ${...}} parameters take names
 * outside the namespace.
 */
public final class EngineParameters {

    private EngineParameters() {
    }

    /** The name of the parameter: the root directory of real datasets. */
    public static final String DATA_DIRECTORY = "peftu.data";

    /** The name of the parameter: a seed replacing every benchmark's. */
    public static final String SEED = "peftu.seed";

    /** The name of the parameter: contender names replacing every benchmark's methods. */
    public static final String METHODS = "peftu.methods";

    /** The name of the parameter: the names of the benchmarks to run. */
    public static final String BENCHMARKS = "peftu.benchmarks";

    /** The name of the parameter: at most this many users per benchmark. */
    public static final String USERS_LIMIT = "peftu.usersLimit";

    /** The name of the parameter: training epochs of every PEFT method. */
    public static final String EPOCHS = "peftu.epochs";

    /** The name of the parameter: where the results file goes. */
    public static final String RESULTS_FILE = "peftu.resultsFile";

    /** The name of the parameter: where trained modules are kept. */
    public static final String MODULE_STORE = "peftu.moduleStore";

    /** The name of the parameter: whether stored modules are reused. */
    public static final String RESUME = "peftu.resume";

    /** The name of the parameter: the shard of the users to run, i/n. */
    public static final String SHARD = "peftu.shard";

    /** The name of the parameter: a Hugging Face model directory replacing every benchmark's base model. */
    public static final String MODEL_DIRECTORY = "peftu.model";

    /**
     * The name of the parameter: a Hugging Face model directory that specs may name as their base
     * model with {@code ${peftu.models}}, such as a generative model fetched once (a benchmark that
     * {@code requires} it is skipped where it is not set).
     */
    public static final String MODELS_DIRECTORY = "peftu.models";

    /** The name of the parameter: the most tokens per text. */
    public static final String MAX_LENGTH = "peftu.maxLength";

    /** The name of the parameter: whether progress is logged. */
    public static final String PROGRESS = "peftu.progress";

    /** The name of the parameter: seconds between progress lines. */
    public static final String PROGRESS_INTERVAL_SECONDS = "peftu.progress.intervalSeconds";

    /** The prefix of every peftu key: {@value}. */
    public static final String PREFIX = "peftu.";

    /**
     * The prefix of the properties read by peft-runtime's throughput benchmarks and tests
     * ({@code peftu.bench.users}, ...), which run without the engine: {@value}. The engine neither
     * reads nor rejects them.
     */
    public static final String BENCH_PREFIX = "peftu.bench.";

    /** The name of the Maven plugin's property: whether {@code verify} is skipped. */
    public static final String SKIP = "peftu.skip";

    /** The name of the Maven plugin's property: whether a build whose benchmarks were all skipped may pass. */
    public static final String ALLOW_SKIPPED = "peftu.allowSkipped";

    /** The name of the Maven plugin's property: where the HTML report is written. */
    public static final String OUTPUT_DIRECTORY = "peftu.outputDirectory";

    /** The name of the Maven plugin's property: the shard results files {@code merge} reads. */
    public static final String SHARDS = "peftu.shards";

    /** The name of the Maven plugin's property: where {@code export} writes its directory. */
    public static final String EXPORT_DIRECTORY = "peftu.export.directory";

    /** The name of the Maven plugin's property: the users whose modules {@code export} writes. */
    public static final String EXPORT_USERS = "peftu.export.users";

    /** The name of the Maven plugin's property: the method labels whose modules {@code export} writes. */
    public static final String EXPORT_METHODS = "peftu.export.methods";

    /** Every key the engine reads. */
    public static final Set<String> ENGINE_KEYS = Set.of(DATA_DIRECTORY, SEED, METHODS, BENCHMARKS, USERS_LIMIT,
            EPOCHS, RESULTS_FILE, MODULE_STORE, RESUME, SHARD, MODEL_DIRECTORY, MODELS_DIRECTORY, MAX_LENGTH, PROGRESS,
            PROGRESS_INTERVAL_SECONDS);

    /** The Maven plugin's own properties: the engine accepts and ignores them. */
    public static final Set<String> PLUGIN_KEYS = Set.of(SKIP, ALLOW_SKIPPED, OUTPUT_DIRECTORY, SHARDS,
            EXPORT_DIRECTORY, EXPORT_USERS, EXPORT_METHODS);
}
