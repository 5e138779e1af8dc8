package dev.peftu.results;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * One benchmark (one task of a spec) with every method's result and every gate's outcome.
 *
 * @param name the benchmark's name, e.g. {@code tweeteval}
 * @param configuration what decides the numbers besides the methods' settings; two runs compare
 *     only when these agree
 * @param dataset what the methods ran on
 * @param methods each method's result, in the order they ran; names are unique
 * @param gates each gate's outcome; empty when the benchmark declares none
 */
public record BenchmarkResult(
        @JsonProperty(required = true) String name,
        @JsonProperty(required = true) BenchmarkConfiguration configuration,
        @JsonProperty(required = true) DatasetSummary dataset,
        @JsonProperty(required = true) List<MethodResult> methods,
        List<GateResult> gates) {

    /** Checks that names are present and method names unique, and copies the lists. */
    public BenchmarkResult {
        Checks.text(name, "name");
        Objects.requireNonNull(configuration, () -> "configuration of benchmark " + name + " is required");
        Objects.requireNonNull(dataset, () -> "dataset of benchmark " + name + " is required");
        methods = List.copyOf(Objects.requireNonNull(methods, () -> "methods of benchmark " + name + " are required"));
        gates = gates == null ? List.of() : List.copyOf(gates);
        Set<String> seen = new HashSet<>();
        for (MethodResult method : methods) {
            if (!seen.add(method.name())) {
                throw new IllegalArgumentException(
                        "method " + method.name() + " appears twice in benchmark " + name);
            }
        }
    }

    /** The result of the method with that name, if it ran. */
    public Optional<MethodResult> method(String methodName) {
        return methods.stream().filter(m -> m.name().equals(methodName)).findFirst();
    }
}
