package dev.peftu.random;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds from a run seed and names: the one per-user seed scheme of peftu. A
 * user's data split, few-shot examples, initial parameters, shuffles and dropout masks each mix
 * the run seed with the user id and a purpose, so every random choice of a user depends only on
 * that user and not on the other users, the cohort or the order of the run.
 */
public final class Seeds {

    private Seeds() {
    }

    /**
     * Mixes a seed with names and numbers into a new seed (FNV-1a over each part's UTF-8 text,
     * then a SplitMix64 finaliser).
     *
     * @param seed the run seed
     * @param parts the user id, the purpose and any counters; each is taken by its string form
     * @return the derived seed
     */
    public static long mix(long seed, Object... parts) {
        long hash = 0xcbf29ce484222325L ^ seed;
        for (Object part : parts) {
            for (byte b : String.valueOf(part).getBytes(StandardCharsets.UTF_8)) {
                hash ^= b;
                hash *= 0x100000001b3L;
            }
            hash ^= 0xff;
            hash *= 0x100000001b3L;
        }
        hash ^= hash >>> 33;
        hash *= 0xff51afd7ed558ccdL;
        hash ^= hash >>> 33;
        hash *= 0xc4ceb9fe1a85ec53L;
        return hash ^ (hash >>> 33);
    }
}
