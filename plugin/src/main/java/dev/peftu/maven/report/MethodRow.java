package dev.peftu.maven.report;

import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.UserResult;
import java.util.Comparator;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * One method's line on a benchmark page.
 *
 * @param name the method's name
 * @param kind {@code peft}, {@code baseline} or {@code combined}
 * @param passed whether it ran to completion
 * @param error the error of a failed method, else empty
 * @param parameters trainable parameters per user, e.g. {@code 73,728}
 * @param time wall-clock time, e.g. {@code 3.2 s}
 * @param accuracy mean per-user accuracy in percent
 * @param interval its 95% confidence interval in percent
 * @param macroF1 macro-F1 in percent
 * @param users number of users scored
 * @param best whether it is the benchmark's most accurate method
 * @param contender the method or baseline that ran under this name, empty when it is the name itself
 * @param settings the effective settings, e.g. {@code alpha=32 · r=8}; empty when it has none
 * @param choices for a method that chooses per user ({@code select}, {@code stack}), how often each
 *     choice was made, most frequent first (ties by name), e.g. {@code retrieval 5 · oppu-lora 3};
 *     empty for the others
 */
public record MethodRow(String name, String kind, boolean passed, String error, String parameters, String time,
        String accuracy, String interval, String macroF1, int users, boolean best, String contender, String settings,
        String choices) {

    static MethodRow of(MethodResult method, double bestAccuracy) {
        boolean passed = method.passed();
        return new MethodRow(method.name(), method.kind().name().toLowerCase(Locale.ROOT), passed,
                method.failure().orElse(""), Format.count(method.trainableParameters()), Format.duration(method.seconds()),
                passed ? Format.percent(method.accuracy()) : "", passed ? Format.interval(method.ciLow(), method.ciHigh()) : "",
                passed ? Format.percent(method.macroF1()) : "", method.users().size(),
                passed && method.accuracy() >= bestAccuracy - Figures.EPSILON,
                method.contender().equals(method.name()) ? "" : method.contender(),
                method.settings().entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                        .collect(Collectors.joining(" · ")),
                choices(method));
    }

    /** How often each per-user choice was made, most frequent first, ties by name. */
    static String choices(MethodResult method) {
        Map<String, Long> counts = method.users().stream().map(UserResult::choice).filter(Objects::nonNull)
                .collect(Collectors.groupingBy(choice -> choice, TreeMap::new, Collectors.counting()));
        return counts.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
                .map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(" · "));
    }
}
