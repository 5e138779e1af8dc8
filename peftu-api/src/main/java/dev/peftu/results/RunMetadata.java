package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * How a run was made: everything needed to reproduce or compare it.
 *
 * @param device the compute device the base models actually ran on, e.g. {@code cpu()} or {@code gpu(0)};
 *     {@code none} when no method needed a base model
 * @param baseModel the frozen base model, e.g. {@code all-MiniLM-L6-v2}
 * @param versions component versions by name, e.g. {@code peftu}, {@code djl}, {@code java}
 * @param startedAt when the run started (ISO-8601 instant in JSON)
 * @param durationSeconds how long the whole run took
 * @param shard the shard of users this run trained and scored, {@code i/n}, or {@code null} for all
 *     users (a whole run, or shards merged)
 */
public record RunMetadata(
        @JsonProperty(required = true) String device,
        @JsonProperty(required = true) String baseModel,
        @JsonProperty(required = true) Map<String, String> versions,
        @JsonProperty(required = true)
        @JsonSerialize(using = ToStringSerializer.class)
        @JsonDeserialize(using = IsoInstantDeserializer.class)
        Instant startedAt,
        @JsonProperty(required = true) double durationSeconds,
        String shard) {

    /** Checks that every field is present, copies the versions in name order and writes the shard as {@code i/n}. */
    public RunMetadata {
        Checks.text(device, "device");
        Checks.text(baseModel, "baseModel");
        versions = Map.copyOf(new TreeMap<>(Objects.requireNonNull(versions, "versions are required")));
        Objects.requireNonNull(startedAt, "startedAt is required");
        Checks.notNegative(durationSeconds, "durationSeconds");
        if (shard != null) {
            try {
                shard = Shard.parse(shard).toString();
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("shard: " + e.getMessage(), e);
            }
        }
    }

    /** Metadata of a run over every user. */
    public RunMetadata(String device, String baseModel, Map<String, String> versions, Instant startedAt,
                       double durationSeconds) {
        this(device, baseModel, versions, startedAt, durationSeconds, null);
    }

    /** The shard this run covered, empty for every user. */
    public Optional<Shard> shardOf() {
        return Optional.ofNullable(shard).map(Shard::parse);
    }

    /** The versions sorted by component name, for stable display. */
    public Map<String, String> sortedVersions() {
        return new TreeMap<>(versions);
    }
}
