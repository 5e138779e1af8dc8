package dev.peftu.engine.spec;

import dev.peftu.engine.Constants;
import dev.peftu.results.Shard;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.function.Function;
import org.junit.platform.engine.ConfigurationParameters;

/**
 * The run-wide settings of the engine, read once from the JUnit Platform configuration
 * parameters listed in {@link Constants}. Malformed values fail fast with a message naming the
 * parameter and what was expected; {@link #problems()} lists them all, with the unknown keys,
 * before anything runs. Booleans are exactly {@code true} or {@code false}.
 */
public final class RunConfiguration {

    private final ConfigurationParameters parameters;

    /** Reads the settings from the given parameters. */
    public RunConfiguration(ConfigurationParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * Returns every problem of the run-wide configuration, each once: keys in peftu's namespace
     * that nothing reads (see {@link UnknownParameters}) and values the engine cannot use, each
     * naming the key and what was expected. Empty when the configuration is sound.
     */
    public List<String> problems() {
        List<String> problems = new ArrayList<>(UnknownParameters.problems(parameters.keySet()));
        List<Runnable> reads = List.of(this::seed, this::usersLimit, this::epochs, this::shard, this::resume,
                this::maxLength, this::progressEnabled, this::progressIntervalSeconds);
        for (Runnable read : reads) {
            try {
                read.run();
            } catch (SpecException invalid) {
                problems.add(invalid.getMessage());
            }
        }
        return problems;
    }

    /** Returns the resolver of {@code ${name}} references against these parameters. */
    public Placeholders placeholders() {
        return new Placeholders(name -> parameters.get(name).orElse(null));
    }

    /** Returns whether the named parameter is set to a non-blank value. */
    public boolean isSet(String name) {
        return string(name).isPresent();
    }

    /** Returns the seed that replaces every spec's seed, if set. */
    public OptionalLong seed() {
        return string(Constants.SEED).map(value -> OptionalLong.of(parse(Constants.SEED, value, Long::parseLong,
                "a whole number"))).orElse(OptionalLong.empty());
    }

    /** Returns the contender names replacing every spec's methods, if set. */
    public Optional<List<String>> methods() {
        return string(Constants.METHODS).map(value -> Arrays.stream(value.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList());
    }

    /** Returns the names of the benchmarks to run, if the run is limited to some. */
    public Optional<List<String>> benchmarks() {
        return string(Constants.BENCHMARKS).map(value -> Arrays.stream(value.split(","))
                .map(String::trim).filter(name -> !name.isEmpty()).toList());
    }

    /** Returns the users limit replacing every spec's {@code maxUsers}, if set. */
    public OptionalInt usersLimit() {
        return positiveInt(Constants.USERS_LIMIT);
    }

    /** Returns the epochs replacing every PEFT method's, if set. */
    public OptionalInt epochs() {
        return positiveInt(Constants.EPOCHS);
    }

    /** Returns the Hugging Face model directory replacing every spec's base model, if set. */
    public Optional<String> modelDirectory() {
        return string(Constants.MODEL_DIRECTORY);
    }

    /**
     * Returns where the results file goes, resolved against the working directory; a shard's goes
     * beside it as {@code results-shard-i-of-n.json}.
     */
    public Path resultsFile() {
        Path file = Path.of(string(Constants.RESULTS_FILE).orElse(Constants.DEFAULT_RESULTS_FILE)).toAbsolutePath();
        return shard().map(shard -> file.resolveSibling(shard.resultsFileName())).orElse(file);
    }

    /** Returns the shard of the users this run trains and scores, if the run is sharded. */
    public Optional<Shard> shard() {
        return string(Constants.SHARD).map(value -> parse(Constants.SHARD, value, Shard::parse,
                "i/n with 1 <= i <= n, e.g. 2/4"));
    }

    /** Returns where trained modules are kept: the configured store, or one beside the results file. */
    public Path moduleStore() {
        Path results = Path.of(string(Constants.RESULTS_FILE).orElse(Constants.DEFAULT_RESULTS_FILE)).toAbsolutePath();
        return string(Constants.MODULE_STORE).map(value -> Path.of(value).toAbsolutePath())
                .orElseGet(() -> results.resolveSibling(Constants.DEFAULT_MODULE_STORE_NAME));
    }

    /** Returns whether stored modules of matching fingerprint are reused. */
    public boolean resume() {
        return string(Constants.RESUME).map(value -> parse(Constants.RESUME, value, RunConfiguration::bool,
                "true or false")).orElse(true);
    }

    /** Returns the most tokens per text an encoder base model sees. */
    public int maxLength() {
        return maxLength(false);
    }

    /**
     * Returns the most tokens per text an encoder sees, or per prompt with a label's words that a
     * causal LM sees: {@value Constants#MAX_LENGTH} when set, else the default of the kind.
     *
     * @param generative whether the base model is a causal LM
     */
    public int maxLength(boolean generative) {
        return positiveInt(Constants.MAX_LENGTH).orElse(generative ? Constants.DEFAULT_PROMPT_LENGTH
                : Constants.DEFAULT_MAX_LENGTH);
    }

    /** Returns whether progress lines are printed. */
    public boolean progressEnabled() {
        return string(Constants.PROGRESS).map(value -> parse(Constants.PROGRESS, value, RunConfiguration::bool,
                "true or false")).orElse(true);
    }

    /** Returns the least seconds between two progress lines of one method. */
    public int progressIntervalSeconds() {
        return string(Constants.PROGRESS_INTERVAL_SECONDS)
                .map(value -> parse(Constants.PROGRESS_INTERVAL_SECONDS, value, Integer::parseInt, "a whole number"))
                .orElse(Constants.DEFAULT_PROGRESS_INTERVAL_SECONDS);
    }

    private Optional<String> string(String key) {
        return parameters.get(key).map(String::trim).filter(value -> !value.isEmpty());
    }

    private OptionalInt positiveInt(String key) {
        return string(key).map(value -> {
            int number = parse(key, value, Integer::parseInt, "a positive whole number");
            if (number <= 0) {
                throw invalid(key, value, "a positive whole number");
            }
            return OptionalInt.of(number);
        }).orElse(OptionalInt.empty());
    }

    private static <T> T parse(String key, String value, Function<String, T> parser, String expected) {
        try {
            return parser.apply(value);
        } catch (IllegalArgumentException e) {
            throw invalid(key, value, expected);
        }
    }

    private static boolean bool(String value) {
        if (value.equals("true") || value.equals("false")) {
            return Boolean.parseBoolean(value);
        }
        throw new IllegalArgumentException(value);
    }

    private static SpecException invalid(String key, String value, String expected) {
        return new SpecException("configuration parameter " + key + "='" + value + "' is invalid; expected "
                + expected);
    }
}
