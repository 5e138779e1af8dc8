package dev.peftu.api;

/**
 * Entry point of the leaderboard assertions, used from {@link Gate} methods:
 *
 * <pre>{@code
 * import static dev.peftu.api.PeftuAssertions.assertThat;
 *
 * assertThat(board).method("adapter").accuracy().isAtLeast(0.70);
 * assertThat(board).method("lora").beats("zero-shot").byAtLeast(0.05);
 * }</pre>
 */
public final class PeftuAssertions {

    private PeftuAssertions() {
    }

    /** Starts assertions on a benchmark's leaderboard. */
    public static LeaderboardAssert assertThat(Leaderboard actual) {
        return new LeaderboardAssert(actual);
    }
}
