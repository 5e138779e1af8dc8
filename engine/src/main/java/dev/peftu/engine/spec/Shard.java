package dev.peftu.engine.spec;

import dev.peftu.results.ResultsJson;
import dev.peftu.store.Fingerprint;

/**
 * One of {@code count} parts of a run's users, the way test runners split a suite over a CI
 * matrix ({@code --shard=i/n}): a user belongs to shard {@code 1 + h mod count}, with {@code h} a
 * hash of the user id that is the same on every machine, so the shards of a run are disjoint and
 * together hold every user.
 *
 * @param index this shard, from 1 to {@code count}
 * @param count how many shards the run is split into
 */
public record Shard(int index, int count) {

    /** Checks that {@code 1 <= index <= count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is invalid; expected i/n with 1 <= i <= n");
        }
    }

    /**
     * Reads {@code i/n}, e.g. {@code 2/4}.
     *
     * @throws IllegalArgumentException when the text is not two whole numbers {@code i/n} with {@code 1 <= i <= n}
     */
    public static Shard parse(String text) {
        String[] parts = text.trim().split("/", -1);
        try {
            if (parts.length == 2) {
                return new Shard(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()));
            }
        } catch (NumberFormatException e) {
            // reported below with what was expected
        }
        throw new IllegalArgumentException("'" + text + "' is not a shard; expected i/n with 1 <= i <= n, e.g. 2/4");
    }

    /** Whether the user with this id belongs to this shard. */
    public boolean contains(String userId) {
        String hex = Fingerprint.start().add(userId).finish().substring("sha256:".length());
        return Long.remainderUnsigned(Long.parseUnsignedLong(hex, 16), count) == index - 1;
    }

    /** The results file name of this shard: {@code results-shard-2-of-4.json}. */
    public String resultsFileName() {
        return ResultsJson.shardFileName(index, count);
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
