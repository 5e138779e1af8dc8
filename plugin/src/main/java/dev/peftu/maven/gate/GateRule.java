package dev.peftu.maven.gate;

import dev.peftu.maven.parameter.BooleanParameter;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.Figures;
import dev.peftu.results.MethodResult;
import dev.peftu.results.RunResults;
import dev.peftu.stats.BeatsCriterion;
import dev.peftu.stats.PairedComparison;
import dev.peftu.stats.PairedStatistics;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One {@code <rule>} of the plugin's gating configuration, shaped after JaCoCo's check rules:
 *
 * <pre>{@code
 * <rule><benchmark>*</benchmark><method>adapter</method><minimum>0.70</minimum></rule>
 * <rule><benchmark>tweeteval</benchmark><method>lora</method><beats>majority</beats><by>0.02</by></rule>
 * <rule><method>lora</method><beats>majority</beats><significant>true</significant></rule>
 * }</pre>
 *
 * {@code benchmark} and {@code method} take {@code *} and {@code ?} wildcards ({@code *} when
 * omitted). A rule demands a {@code minimum} mean per-user accuracy, a margin over the method
 * named in {@code beats}, or both. The margin is judged on the two methods' paired comparison
 * (same users, same test examples) through {@link BeatsCriterion}, as the {@code beats(...)}
 * assertion of {@code @Gate} methods judges it: the mean per-user difference must be positive and
 * at least {@code by} (default 0), and with {@code significant} it must be significantly above
 * {@code by} ({@link dev.peftu.stats.Significance}: the whole paired interval above {@code by} and
 * the sign-flip test of the differences minus {@code by} rejecting at 5%). A method named
 * exactly that is missing from a benchmark named exactly fails the rule, as does a rule that
 * matches nothing at all, so a typo cannot silently disable a gate. On a benchmark that produced
 * no results (skipped or failed to start) the rule is not evaluated, and says why.
 */
public final class GateRule {

    private String benchmark = "*";
    private String method = "*";
    private Double minimum;
    private String beats;
    private Double by;
    private String significant;

    /** A rule to be configured through its setters (as Maven does). */
    public GateRule() {
    }

    /** A rule demanding a minimum accuracy. */
    public static GateRule minimum(String benchmark, String method, double minimum) {
        GateRule rule = new GateRule();
        rule.setBenchmark(benchmark);
        rule.setMethod(method);
        rule.setMinimum(minimum);
        return rule;
    }

    /** A rule demanding a mean margin over another method. */
    public static GateRule beats(String benchmark, String method, String rival, double by) {
        return beats(benchmark, method, rival, by, false);
    }

    /** A rule demanding a margin over another method, significantly above it when {@code significant}. */
    public static GateRule beats(String benchmark, String method, String rival, double by, boolean significant) {
        GateRule rule = new GateRule();
        rule.setBenchmark(benchmark);
        rule.setMethod(method);
        rule.setBeats(rival);
        rule.setBy(by);
        rule.setSignificant(Boolean.toString(significant));
        return rule;
    }

    /** The benchmark name pattern. */
    public void setBenchmark(String benchmark) {
        this.benchmark = benchmark;
    }

    /** The method name pattern. */
    public void setMethod(String method) {
        this.method = method;
    }

    /** The least mean per-user accuracy, a fraction in [0, 1]. */
    public void setMinimum(Double minimum) {
        this.minimum = minimum;
    }

    /** The method that must be beaten. */
    public void setBeats(String beats) {
        this.beats = beats;
    }

    /** The least mean per-user margin over {@code beats}, a fraction of accuracy (0 allowed). */
    public void setBy(Double by) {
        this.by = by;
    }

    /**
     * Whether the margin over {@code beats} must be significantly above {@code by} (interval and
     * sign-flip test): exactly {@code true} or {@code false} (read by {@link BooleanParameter}, so
     * that a typo fails the build instead of meaning {@code false}).
     */
    public void setSignificant(String significant) {
        this.significant = significant;
    }

    /**
     * Applies the rule to every matching method of every matching benchmark; for each matching
     * benchmark that produced no results, the rule is {@linkplain GateVerdict#notEvaluated not evaluated}.
     *
     * @throws IllegalStateException when the rule demands nothing or a bound is out of range
     * @throws IllegalArgumentException when {@code <significant>} is neither true nor false
     */
    public List<GateVerdict> evaluate(RunResults results) {
        validate();
        NamePattern benchmarks = new NamePattern(benchmark);
        NamePattern methods = new NamePattern(method);
        List<GateVerdict> verdicts = new ArrayList<>();
        for (BenchmarkResult result : results.benchmarks()) {
            if (!benchmarks.matches(result.name())) {
                continue;
            }
            List<MethodResult> matching = result.methods().stream().filter(m -> methods.matches(m.name())).toList();
            if (matching.isEmpty() && methods.isExact() && benchmarks.isExact()) {
                verdicts.add(new GateVerdict(describe(), result.name(), method, false,
                        "no method " + method + " ran; methods are " + names(result)));
            }
            for (MethodResult subject : matching) {
                verdicts.addAll(check(result, subject));
            }
        }
        verdicts.addAll(GateVerdict.notEvaluated(describe(), benchmarks::matches, methods.toString(),
                results.notRun()));
        if (verdicts.isEmpty() && results.benchmarks().isEmpty()) {
            verdicts.add(GateVerdict.nothingRan(describe(), benchmarks.toString(), methods.toString()));
        } else if (verdicts.isEmpty()) {
            verdicts.add(new GateVerdict(describe(), benchmarks.toString(), methods.toString(), false,
                    "the rule matched no method of any benchmark; benchmarks are "
                            + results.benchmarks().stream().map(BenchmarkResult::name).toList()));
        }
        return verdicts;
    }

    /** What the rule demands, e.g. {@code minimum 0.700, beats majority by 0.020 significantly}. */
    public String describe() {
        List<String> parts = new ArrayList<>();
        if (minimum != null) {
            parts.add("minimum " + Figures.fraction(minimum));
        }
        if (beats != null) {
            parts.add(describeMargin());
        }
        return String.join(", ", parts);
    }

    private String describeMargin() {
        return "beats " + beats + (by == null ? "" : " by " + Figures.fraction(by)) + (significant() ? " significantly" : "");
    }

    /**
     * Checks the rule's configuration, before anything runs.
     *
     * @throws IllegalStateException when the rule demands nothing or a bound is out of range
     * @throws IllegalArgumentException when {@code <significant>} is neither true nor false
     */
    public void validate() {
        significant();
        if (minimum == null && (beats == null || beats.isBlank())) {
            throw new IllegalStateException("rule for benchmark " + benchmark + ", method " + method
                    + " demands nothing: give <minimum> or <beats>");
        }
        if (minimum != null && !(minimum >= 0 && minimum <= 1)) {
            throw new IllegalStateException("<minimum> of the rule for method " + method
                    + " must be a fraction in [0, 1] (0.70 for 70%) but was " + minimum);
        }
        if ((by != null || significant()) && beats == null) {
            throw new IllegalStateException("<by> and <significant> of the rule for method " + method
                    + " need <beats>");
        }
        if (by != null && !(by >= 0 && by <= 1)) {
            throw new IllegalStateException("<by> of the rule for method " + method
                    + " must be a fraction in [0, 1] (0.02 for two points) but was " + by);
        }
    }

    private List<GateVerdict> check(BenchmarkResult result, MethodResult subject) {
        if (!subject.passed()) {
            return List.of(new GateVerdict(describe(), result.name(), subject.name(), false,
                    "method failed: " + subject.error()));
        }
        List<GateVerdict> verdicts = new ArrayList<>();
        if (minimum != null) {
            verdicts.add(checkMinimum(result, subject));
        }
        if (beats != null) {
            verdicts.add(checkMargin(result, subject));
        }
        return verdicts;
    }

    private GateVerdict checkMinimum(BenchmarkResult result, MethodResult subject) {
        String check = "minimum " + Figures.fraction(minimum);
        boolean held = subject.accuracy() >= minimum - Figures.EPSILON;
        String message = held
                ? "accuracy " + Figures.withInterval(subject) + " is at least " + Figures.fraction(minimum)
                : "accuracy " + Figures.withInterval(subject) + " is below the minimum " + Figures.fraction(minimum)
                        + " by " + Figures.fraction(minimum - subject.accuracy());
        return new GateVerdict(check, result.name(), subject.name(), held, message);
    }

    private GateVerdict checkMargin(BenchmarkResult result, MethodResult subject) {
        String check = describeMargin();
        Optional<MethodResult> rival = result.method(beats);
        if (rival.isEmpty()) {
            return new GateVerdict(check, result.name(), subject.name(), false,
                    "no method " + beats + " to compare with; methods are " + names(result));
        }
        if (!rival.get().passed()) {
            return new GateVerdict(check, result.name(), subject.name(), false,
                    beats + " failed: " + rival.get().error());
        }
        PairedComparison comparison;
        try {
            comparison = new PairedStatistics(result.configuration().seed()).compare(subject, rival.get());
        } catch (IllegalArgumentException e) {
            return new GateVerdict(check, result.name(), subject.name(), false, e.getMessage());
        }
        BeatsCriterion criterion = new BeatsCriterion(by == null ? 0 : by, significant());
        return new GateVerdict(check, result.name(), subject.name(), criterion.isMetBy(comparison),
                criterion.explain(comparison), comparison);
    }

    private boolean significant() {
        return BooleanParameter.parse("<significant> of the rule for method " + method, significant, false);
    }

    private static List<String> names(BenchmarkResult result) {
        return result.methods().stream().map(MethodResult::name).toList();
    }

    @Override
    public String toString() {
        return "rule[benchmark=" + benchmark + ", method=" + method + ", " + describe() + "]";
    }
}
