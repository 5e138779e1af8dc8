package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Everything that decides a benchmark's numbers apart from the methods' own settings: two runs
 * are comparable only when these agree.
 *
 * @param seed the seed of splitting, initialisation, training order and bootstrap
 * @param epochs the epochs every PEFT method was told to train, or {@code null} when each method
 *     used its own
 * @param usersLimit at most this many users were kept, or {@code null} for all
 * @param baseModel the frozen base model, e.g. {@code all-MiniLM-L6-v2}
 * @param maxLength the most tokens per text the base model saw
 * @param datasetFingerprint a hash of the split dataset (every user's train, validation and test
 *     examples with their texts and labels), so a changed file or split is noticed
 */
public record BenchmarkConfiguration(
        @JsonProperty(required = true) long seed,
        Integer epochs,
        Integer usersLimit,
        @JsonProperty(required = true) String baseModel,
        @JsonProperty(required = true) int maxLength,
        @JsonProperty(required = true) String datasetFingerprint) {

    /** Checks that every required field is present and the counts positive. */
    public BenchmarkConfiguration {
        if (epochs != null && epochs <= 0) {
            throw new IllegalArgumentException("epochs must be > 0 but was " + epochs);
        }
        if (usersLimit != null && usersLimit <= 0) {
            throw new IllegalArgumentException("usersLimit must be > 0 but was " + usersLimit);
        }
        Checks.text(baseModel, "baseModel");
        if (maxLength <= 0) {
            throw new IllegalArgumentException("maxLength must be > 0 but was " + maxLength);
        }
        Checks.text(datasetFingerprint, "datasetFingerprint");
    }

    /**
     * The fields, by their JSON names, whose values differ between this configuration and another,
     * in declaration order, each mapped to {@code "this value vs other value"}.
     */
    public Map<String, String> differencesFrom(BenchmarkConfiguration other) {
        Map<String, String> differences = new LinkedHashMap<>();
        compare(differences, "seed", seed, other.seed);
        compare(differences, "epochs", epochs, other.epochs);
        compare(differences, "usersLimit", usersLimit, other.usersLimit);
        compare(differences, "baseModel", baseModel, other.baseModel);
        compare(differences, "maxLength", maxLength, other.maxLength);
        compare(differences, "datasetFingerprint", datasetFingerprint, other.datasetFingerprint);
        return differences;
    }

    private static void compare(Map<String, String> differences, String field, Object mine, Object theirs) {
        if (!Objects.equals(mine, theirs)) {
            differences.put(field, describe(mine) + " vs " + describe(theirs));
        }
    }

    private static String describe(Object value) {
        return value == null ? "(each method's own)" : value.toString();
    }
}
