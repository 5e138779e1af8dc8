package dev.peftu.train;

import java.nio.charset.StandardCharsets;

/**
 * Derives independent seeds from a run seed and names, so every random choice of a user (its
 * start, its shuffles, its dropout masks) depends only on that user and not on the cohort.
 */
final class Seeds {

    private Seeds() {
    }

    /** Mixes a seed with names and numbers into a new seed (FNV-1a then a SplitMix64 finaliser). */
    static long mix(long seed, Object... parts) {
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
