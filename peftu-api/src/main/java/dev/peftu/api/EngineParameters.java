package dev.peftu.api;

/**
 * The names of the configuration parameters the peftu engine reads, defined once for the engine
 * and for the Maven plugin that passes them on. The engine's {@code Constants} documents what each
 * one means, its values and its default.
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

    /** The name of the parameter: the most tokens per text. */
    public static final String MAX_LENGTH = "peftu.maxLength";

    /** The name of the parameter: whether progress is logged. */
    public static final String PROGRESS = "peftu.progress";

    /** The name of the parameter: seconds between progress lines. */
    public static final String PROGRESS_INTERVAL_SECONDS = "peftu.progress.intervalSeconds";
}
