package dev.peftu.bench;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One benchmark configuration measured once per round: summarised by the round with the median
 * users per minute (the lower middle one for an even count), with the memory peaks of the worst
 * round, and shown with every round's figure so that the spread is visible.
 *
 * @param rounds the measurements, in the order the rounds ran
 */
record MeasuredRounds(List<ThroughputMeasurement> rounds) {

    MeasuredRounds {
        if (rounds.isEmpty()) {
            throw new IllegalArgumentException("a configuration needs at least one measured round");
        }
        rounds = List.copyOf(rounds);
    }

    /** Returns the median round's measurement, with the highest heap and RSS peaks of all rounds. */
    ThroughputMeasurement median() {
        ThroughputMeasurement middle = rounds.stream()
                .sorted(Comparator.comparingDouble(ThroughputMeasurement::usersPerMinute))
                .toList().get((rounds.size() - 1) / 2);
        return new ThroughputMeasurement(middle.method(), middle.cohortSize(), middle.users(), middle.steps(),
                middle.tokens(), middle.seconds(),
                rounds.stream().mapToLong(ThroughputMeasurement::heapPeakBytes).max().orElseThrow(),
                rounds.stream().mapToLong(ThroughputMeasurement::rssPeakBytes).max().orElseThrow());
    }

    /** Returns every round's users per minute, in round order, e.g. {@code 341.2 / 360.5 / 355.0}. */
    String perRound() {
        return rounds.stream().map(m -> String.format(Locale.ROOT, "%.1f", m.usersPerMinute()))
                .collect(Collectors.joining(" / "));
    }

    /** Returns the lower median of plain numbers (such as the anchor's users per minute per round). */
    static double median(List<Double> values) {
        if (values.isEmpty()) {
            throw new IllegalArgumentException("no values");
        }
        return values.stream().sorted().toList().get((values.size() - 1) / 2);
    }
}
