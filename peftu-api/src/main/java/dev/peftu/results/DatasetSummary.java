package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
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
 */
public record DatasetSummary(
        @JsonProperty(required = true) int users,
        @JsonProperty(required = true) int examples,
        @JsonProperty(required = true) List<String> labels,
        @JsonProperty(required = true) boolean multiLabel,
        Double alpha,
        String source) {

    /** Checks the counts and copies the labels. */
    public DatasetSummary {
        Checks.notNegative(users, "users");
        Checks.notNegative(examples, "examples");
        labels = List.copyOf(Objects.requireNonNull(labels, "labels are required"));
        if (alpha != null && !(alpha >= -1.0 && alpha <= 1.0)) {
            throw new IllegalArgumentException("alpha must be in [-1, 1] but was " + alpha);
        }
    }

    /** Krippendorff's alpha, empty when undefined. */
    public Optional<Double> agreement() {
        return Optional.ofNullable(alpha);
    }

    /** The data's provenance line, empty for generated data. */
    public Optional<String> provenance() {
        return Optional.ofNullable(source);
    }
}
