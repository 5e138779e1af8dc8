package dev.peftu.engine;

import dev.peftu.api.EngineParameters;

/**
 * Every configuration parameter the peftu engine reads, in one place. Set them as JUnit Platform
 * configuration parameters: {@code junit-platform.properties} on the test classpath, Surefire's
 * {@code <configurationParameters>}, {@code -D} system properties, or the Launcher's
 * {@code LauncherDiscoveryRequestBuilder.configurationParameter}. Any parameter may also be
 * referenced from annotation values as {@code ${name}}.
 *
 * <p>Unknown keys fail: a key in the {@value EngineParameters#PREFIX} namespace that is not one
 * of these, nor one of the Maven plugin's properties, nor under
 * {@value EngineParameters#BENCH_PREFIX}, fails discovery naming the closest known key (see
 * {@link EngineParameters}). Booleans are exactly {@code true} or {@code false}.
 */
public final class Constants {

    /** The engine's id in unique ids and in {@code --include-engine}: {@value}. */
    public static final String ENGINE_ID = "peftu";

    /**
     * The root directory of real datasets, for specs that write {@code ${peftu.data}/tweeteval}.
     * No default: a spec that references it fails with a message naming the parameter.
     */
    public static final String DATA_DIRECTORY = EngineParameters.DATA_DIRECTORY;

    /**
     * A Hugging Face model directory for specs that name their base model {@code ${peftu.models}},
     * such as a generative model fetched once. No default: a spec that references it and does not
     * {@code require} it fails with a message naming the parameter.
     */
    public static final String MODELS_DIRECTORY = EngineParameters.MODELS_DIRECTORY;

    /** A seed overriding every benchmark's {@code seed}; a long. */
    public static final String SEED = EngineParameters.SEED;

    /**
     * A comma-separated list of contender names ({@code majority,lora}) replacing the methods of
     * every benchmark; settings of a spec's method of the same name are kept.
     */
    public static final String METHODS = EngineParameters.METHODS;

    /**
     * A comma-separated list of benchmark names ({@code tweeteval,studemo}): only these benchmarks
     * are discovered and run; the others are left out of the run entirely, as a class name filter
     * would leave them out.
     */
    public static final String BENCHMARKS = EngineParameters.BENCHMARKS;

    /** At most this many users per benchmark, overriding {@code maxUsers}; a positive int. */
    public static final String USERS_LIMIT = EngineParameters.USERS_LIMIT;

    /** Training epochs for every PEFT method, overriding {@code epochs}; a positive int. */
    public static final String EPOCHS = EngineParameters.EPOCHS;

    /**
     * Where the run's results are written, relative to the working directory; default
     * {@value #DEFAULT_RESULTS_FILE}.
     */
    public static final String RESULTS_FILE = EngineParameters.RESULTS_FILE;

    /** The default of {@link #RESULTS_FILE}. */
    public static final String DEFAULT_RESULTS_FILE = "target/peftu/results.json";

    /**
     * The directory trained per-user modules are kept in, as
     * {@code <store>/<benchmark>/<method label>/<user>/} in the Hugging Face PEFT layout; default:
     * {@value #DEFAULT_MODULE_STORE_NAME} beside the results file ({@code target/peftu/modules}).
     */
    public static final String MODULE_STORE = EngineParameters.MODULE_STORE;

    /** The default module store's directory name, beside the results file. */
    public static final String DEFAULT_MODULE_STORE_NAME = "modules";

    /**
     * Whether a run reuses stored modules whose fingerprint (method, effective settings, base
     * model, split dataset, seed, module format) matches, training only the rest: {@code true},
     * the default, resumes a run that crashed or was stopped; {@code false} trains every user again.
     */
    public static final String RESUME = EngineParameters.RESUME;

    /**
     * Runs one shard of every benchmark's users, {@code i/n} (e.g. {@code 2/4}): a stable hash of
     * each user id picks its shard, only that shard's users are trained and scored, the results go
     * to {@code results-shard-i-of-n.json} beside the results file, and gates wait for the merged
     * board ({@code mvn peftu:merge}). What learns from every user (the crowd, shared modules) still
     * reads every user's training data, so merged shards equal the unsharded run.
     */
    public static final String SHARD = EngineParameters.SHARD;

    /** A Hugging Face model directory replacing every benchmark's base model. */
    public static final String MODEL_DIRECTORY = EngineParameters.MODEL_DIRECTORY;

    /**
     * The most tokens per text an encoder base model sees, default {@value #DEFAULT_MAX_LENGTH}; on
     * a causal LM the most tokens of a prompt with a label's words, default
     * {@value #DEFAULT_PROMPT_LENGTH}.
     */
    public static final String MAX_LENGTH = EngineParameters.MAX_LENGTH;

    /** The default of {@link #MAX_LENGTH} on an encoder. */
    public static final int DEFAULT_MAX_LENGTH = 128;

    /**
     * The default of {@link #MAX_LENGTH} on a causal LM, where it bounds a whole prompt with a
     * label's words: room for few-shot demonstrations (PEFT-U's three) of short texts.
     */
    public static final int DEFAULT_PROMPT_LENGTH = 512;

    /**
     * Whether progress lines go to standard output ({@code true}, the default) or are suppressed
     * ({@code false}).
     */
    public static final String PROGRESS = EngineParameters.PROGRESS;

    /**
     * The least number of seconds between two progress lines of the same method, default
     * {@value #DEFAULT_PROGRESS_INTERVAL_SECONDS}; the first and last line always appear.
     */
    public static final String PROGRESS_INTERVAL_SECONDS = EngineParameters.PROGRESS_INTERVAL_SECONDS;

    /** The default of {@link #PROGRESS_INTERVAL_SECONDS}. */
    public static final int DEFAULT_PROGRESS_INTERVAL_SECONDS = 10;

    /** The setting key through which {@link #EPOCHS} and {@code epochs} reach a contender. */
    public static final String EPOCHS_SETTING = "epochs";

    private Constants() {
    }
}
