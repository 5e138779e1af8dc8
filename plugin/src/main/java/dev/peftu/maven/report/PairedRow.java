package dev.peftu.maven.report;

import dev.peftu.results.MethodResult;
import java.util.Locale;

/**
 * One method's line of a benchmark page's paired differences table.
 *
 * @param method the method's name
 * @param kind {@code peft} or {@code baseline}
 * @param vsMajority its paired difference to the majority baseline
 * @param vsBestBaseline its paired difference to the best baseline other than itself
 */
public record PairedRow(String method, String kind, Difference vsMajority, Difference vsBestBaseline) {

    static PairedRow of(MethodResult method, BaselineComparisons comparisons) {
        return new PairedRow(method.name(), method.kind().name().toLowerCase(Locale.ROOT),
                comparisons.vsMajority(method.name()), comparisons.vsBestBaseline(method.name()));
    }
}
