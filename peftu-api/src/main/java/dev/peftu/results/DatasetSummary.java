package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a benchmark ran on: the personalized dataset after splitting and filtering users.
 *
 * @param users number of users (annotators) kept
 * @param examples number of examples over all users and splits
 * @param labels the task's label names, in task order
 * @param multiLabel whether an example may carry several gold labels
 * @param alpha Krippendorff's alpha of the annotations (agreement between users), or {@code null}
 *     when it is undefined for the data
 * @param source provenance line of the data (for real published data sets the citation that
 *     must accompany results on them), or {@code null} for generated data
 * @param droppedRows rows (or samples) left out under {@code invalidRows = DROP}, counted per
 *     reason; empty when nothing was dropped, and then absent from the JSON (so files written
 *     before the field existed read the same)
 * @param droppedUsers users left out under {@code invalidRows = DROP}, counted per reason; empty
 *     and absent when nothing was dropped
 */
public record DatasetSummary(
        @JsonProperty(required = true) int users,
        @JsonProperty(required = true) int examples,
        @JsonProperty(required = true) List<String> labels,
        @JsonProperty(required = true) boolean multiLabel,
        Double alpha,
        String source,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> droppedRows,
        @JsonInclude(JsonInclude.Include.NON_EMPTY) Map<String, Integer> droppedUsers) {

    /** Checks the counts and copies the labels and the dropped counts (absent ones read as empty). */
    public DatasetSummary {
        Checks.notNegative(users, "users");
        Checks.notNegative(examples, "examples");
        labels = List.copyOf(Objects.requireNonNull(labels, "labels are required"));
        if (alpha != null && !(alpha >= -1.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException("alpha must be in [-1, 1] but was " + alpha);
        }
        droppedRows = counts(droppedRows, "droppedRows");
        droppedUsers = counts(droppedUsers, "droppedUsers");
    }

    /** A summary from which nothing was dropped. */
    public DatasetSummary(int users, int examples, List<String> labels, boolean multiLabel, Double alpha,
                          String source) {
        this(users, examples, labels, multiLabel, alpha, source, Map.of(), Map.of());
    }

    /** Krippendorff's alpha, empty when undefined. */
    public Optional<Double> agreement() {
        return Optional.ofNullable(alpha);
    }

    /** The data's provenance line, empty for generated data. */
    public Optional<String> provenance() {
        return Optional.ofNullable(source);
    }

    private static Map<String, Integer> counts(Map<String, Integer> counts, String field) {
        if (counts == null) {
            return Map.of();
        }
        counts.forEach((reason, count) -> {
            Checks.text(reason, "reason in " + field);
            if (count == null || count <= 0) {
                throw new IllegalArgumentException(field + " of '" + reason + "' must be positive but was " + count);
            }
        });
        return Collections.unmodifiableMap(new LinkedHashMap<>(counts));
    }
}
