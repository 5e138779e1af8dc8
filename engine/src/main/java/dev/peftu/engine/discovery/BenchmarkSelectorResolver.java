package dev.peftu.engine.discovery;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectUniqueId;
import static org.junit.platform.engine.support.discovery.SelectorResolver.Resolution.unresolved;

import dev.peftu.api.Gate;
import dev.peftu.data.UserData;
import dev.peftu.engine.descriptor.BenchmarkDescriptor;
import dev.peftu.engine.descriptor.GateDescriptor;
import dev.peftu.engine.descriptor.MethodDescriptor;
import dev.peftu.engine.descriptor.UserDescriptor;
import dev.peftu.engine.spec.BenchmarkSpec;
import java.lang.reflect.Method;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.discovery.ClassSelector;
import org.junit.platform.engine.discovery.MethodSelector;
import org.junit.platform.engine.discovery.UniqueIdSelector;
import org.junit.platform.engine.support.discovery.SelectorResolver;

/**
 * Resolves class, method and unique-id selectors into benchmark, method, user and gate
 * descriptors. A class resolves to its whole benchmark; a {@code @Gate} method to that gate plus
 * every method of its benchmark, since the gate reads their results; a unique id to exactly the
 * node it names, with its parents. Class selectors honor the request's class name filters and
 * the run's benchmark names ({@code peftu.benchmarks}).
 */
final class BenchmarkSelectorResolver implements SelectorResolver {

    private final Predicate<String> classNameFilter;
    private final Predicate<Class<?>> selectedBenchmark;
    private final BenchmarkPreparer preparer;
    private final IsBenchmarkClass isBenchmarkClass = new IsBenchmarkClass();

    BenchmarkSelectorResolver(Predicate<String> classNameFilter, Predicate<Class<?>> selectedBenchmark,
            BenchmarkPreparer preparer) {
        this.classNameFilter = classNameFilter;
        this.selectedBenchmark = selectedBenchmark;
        this.preparer = preparer;
    }

    @Override
    public Resolution resolve(ClassSelector selector, Context context) {
        Class<?> specClass = selector.getJavaClass();
        if (!isBenchmarkClass.test(specClass) || !classNameFilter.test(specClass.getName())
                || !selectedBenchmark.test(specClass)) {
            return unresolved();
        }
        return benchmark(specClass, context).map(this::wholeBenchmark).orElse(unresolved());
    }

    @Override
    public Resolution resolve(MethodSelector selector, Context context) {
        Class<?> specClass = selector.getJavaClass();
        Method method = selector.getJavaMethod();
        if (!isBenchmarkClass.test(specClass) || !AnnotationSupport.isAnnotated(method, Gate.class)) {
            return unresolved();
        }
        return context.addToParent(() -> selectClass(specClass), parent -> gate(parent, method.getName()))
                .map(gate -> gateWithMethods(gate, context))
                .orElse(unresolved());
    }

    @Override
    public Resolution resolve(UniqueIdSelector selector, Context context) {
        UniqueId uniqueId = selector.getUniqueId();
        UniqueId.Segment last = uniqueId.getLastSegment();
        Optional<DiscoverySelector> parent = Optional.of(uniqueId.removeLastSegment())
                .map(id -> selectUniqueId(id));
        return switch (last.getType()) {
            case BenchmarkDescriptor.SEGMENT_TYPE -> ReflectionSupport.tryToLoadClass(last.getValue()).toOptional()
                    .filter(isBenchmarkClass)
                    .flatMap(specClass -> benchmark(specClass, context))
                    .map(this::wholeBenchmark)
                    .orElse(unresolved());
            case MethodDescriptor.SEGMENT_TYPE -> context
                    .addToParent(parent::orElseThrow, benchmark -> method(benchmark, last.getValue()))
                    .map(method -> Resolution.match(Match.exact(method, () -> users(method))))
                    .orElse(unresolved());
            case UserDescriptor.SEGMENT_TYPE -> context
                    .addToParent(parent::orElseThrow, method -> user(method, last.getValue()))
                    .map(user -> Resolution.match(Match.exact(user)))
                    .orElse(unresolved());
            case GateDescriptor.SEGMENT_TYPE -> context
                    .addToParent(parent::orElseThrow, benchmark -> gate(benchmark, last.getValue()))
                    .map(gate -> gateWithMethods(gate, context))
                    .orElse(unresolved());
            default -> unresolved();
        };
    }

    private Optional<BenchmarkDescriptor> benchmark(Class<?> specClass, Context context) {
        return context.addToParent(parent -> Optional.of(preparer.descriptor(parent, specClass)));
    }

    private Resolution wholeBenchmark(BenchmarkDescriptor benchmark) {
        return Resolution.match(Match.exact(benchmark, () -> {
            Set<DiscoverySelector> children = new LinkedHashSet<>();
            benchmark.spec().ifPresent(spec -> {
                spec.methods().forEach(method ->
                        children.add(selectUniqueId(MethodDescriptor.uniqueId(benchmark.getUniqueId(), method.label()))));
                spec.gates().forEach(gate ->
                        children.add(selectUniqueId(GateDescriptor.uniqueId(benchmark.getUniqueId(), gate.getName()))));
            });
            return children;
        }));
    }

    /** A gate reads every method's result: resolving it resolves every method with its users too. */
    private Resolution gateWithMethods(GateDescriptor gate, Context context) {
        TestDescriptor benchmark = gate.getParent().orElseThrow();
        if (benchmark instanceof BenchmarkDescriptor prepared) {
            prepared.spec().map(BenchmarkSpec::methods).orElseGet(List::of).forEach(method -> {
                UniqueId methodId = MethodDescriptor.uniqueId(prepared.getUniqueId(), method.label());
                runUserIds(prepared).forEach(user ->
                        context.resolve(selectUniqueId(UserDescriptor.uniqueId(methodId, user))));
            });
        }
        return Resolution.match(Match.exact(gate));
    }

    private static Optional<MethodDescriptor> method(TestDescriptor parent, String label) {
        if (!(parent instanceof BenchmarkDescriptor benchmark)) {
            return Optional.empty();
        }
        return benchmark.dataset().flatMap(dataset -> benchmark.spec())
                .flatMap(spec -> spec.method(label))
                .map(method -> new MethodDescriptor(benchmark, method));
    }

    private static Set<DiscoverySelector> users(MethodDescriptor method) {
        Set<DiscoverySelector> users = new LinkedHashSet<>();
        benchmarkOf(method).map(BenchmarkSelectorResolver::runUserIds).orElseGet(List::of).forEach(
                user -> users.add(selectUniqueId(UserDescriptor.uniqueId(method.getUniqueId(), user))));
        return users;
    }

    private static Optional<UserDescriptor> user(TestDescriptor parent, String userId) {
        if (!(parent instanceof MethodDescriptor method)) {
            return Optional.empty();
        }
        return benchmarkOf(method).filter(benchmark -> runUserIds(benchmark).contains(userId))
                .map(benchmark -> new UserDescriptor(method, userId, benchmark.specClass()));
    }

    /** The ids of the users the run trains and scores: every user of the dataset, or one shard's. */
    private static List<String> runUserIds(BenchmarkDescriptor benchmark) {
        return benchmark.dataset().flatMap(dataset -> benchmark.spec().map(spec -> dataset.users().stream()
                .map(UserData::userId).filter(spec::runsUser).toList())).orElseGet(List::of);
    }

    private static Optional<GateDescriptor> gate(TestDescriptor parent, String methodName) {
        if (!(parent instanceof BenchmarkDescriptor benchmark)) {
            return Optional.empty();
        }
        return benchmark.spec().filter(spec -> benchmark.dataset().isPresent())
                .flatMap(spec -> spec.gates().stream().filter(gate -> gate.getName().equals(methodName)).findFirst())
                .map(gate -> new GateDescriptor(benchmark, gate));
    }

    private static Optional<BenchmarkDescriptor> benchmarkOf(TestDescriptor method) {
        return method.getParent().filter(BenchmarkDescriptor.class::isInstance).map(BenchmarkDescriptor.class::cast);
    }
}
