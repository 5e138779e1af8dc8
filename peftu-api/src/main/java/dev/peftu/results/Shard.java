package dev.peftu.results;

import java.util.regex.Pattern;

/**
 * One of {@code count} parts of a run's users, the way test runners split a suite over a CI
 * matrix ({@code --shard=i/n}): the user whose id hashes to {@code h} belongs to shard
 * {@code 1 + h mod count} (the engine supplies a hash that is the same on every machine), so the
 * shards of a run are disjoint and together hold every user. Its text form {@code i/n} is the
 * {@code peftu.shard} parameter's value and the {@code shard} of a shard's run in
 * {@code results.json}; each shard writes its results beside the results file, named by
 * {@link #resultsFileName()}.
 *
 * @param index this shard, from 1 to {@code count}
 * @param count how many shards the run is split into
 */
public record Shard(int index, int count) {

    private static final String EXPECTED = "expected i/n with 1 <= i <= n, e.g. 2/4";
    private static final String RESULTS_FILE_PREFIX = "results-shard-";
    private static final Pattern RESULTS_FILE_NAME = Pattern.compile(Pattern.quote(RESULTS_FILE_PREFIX)
            + "[0-9]+-of-[0-9]+\\.json");

    /** Checks that {@code 1 <= index <= count}. */
    public Shard {
        if (count < 1 || index < 1 || index > count) {
            throw new IllegalArgumentException("shard " + index + "/" + count + " is invalid; " + EXPECTED);
        }
    }

    /**
     * Reads {@code i/n}, e.g. {@code 2/4}; spaces around either number are allowed.
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
        throw new IllegalArgumentException("'" + text + "' is not a shard; " + EXPECTED);
    }

    /**
     * Whether the user whose id hashes to the given value belongs to this shard.
     *
     * @param userHash a hash of the user id, the same on every machine, read as an unsigned number
     */
    public boolean holds(long userHash) {
        return Long.remainderUnsigned(userHash, count) == index - 1;
    }

    /** The results file name of this shard: {@code results-shard-2-of-4.json}. */
    public String resultsFileName() {
        return RESULTS_FILE_PREFIX + index + "-of-" + count + ".json";
    }

    /** Whether a file name is that of some shard's results, {@code results-shard-i-of-n.json}. */
    public static boolean isResultsFileName(String fileName) {
        return RESULTS_FILE_NAME.matcher(fileName).matches();
    }

    @Override
    public String toString() {
        return index + "/" + count;
    }
}
