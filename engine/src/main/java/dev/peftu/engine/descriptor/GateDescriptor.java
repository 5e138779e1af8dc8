package dev.peftu.engine.descriptor;

import dev.peftu.api.Leaderboard;
import dev.peftu.engine.execution.BenchmarkRun;
import dev.peftu.engine.execution.PeftuExecutionContext;
import dev.peftu.results.GateResult;
import java.lang.reflect.Method;
import java.util.Objects;
import org.junit.platform.commons.support.ReflectionSupport;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * A {@code @Gate} method: a test that runs after all methods of its benchmark, on a fresh
 * instance of the spec class, with the benchmark's {@link Leaderboard}. Whatever it throws
 * (typically an AssertJ {@code AssertionError}) is its failure, and its outcome is recorded in
 * the results.
 */
public final class GateDescriptor extends AbstractTestDescriptor implements Node<PeftuExecutionContext> {

    /** The unique-id segment type of gates; the value is the gate method's name. */
    public static final String SEGMENT_TYPE = "gate";

    private final Class<?> specClass;
    private final Method gate;

    /** Creates the descriptor of a gate method of the benchmark's spec class. */
    public GateDescriptor(BenchmarkDescriptor parent, Method gate) {
        super(uniqueId(parent.getUniqueId(), gate.getName()), gate.getName(), MethodSource.from(parent.specClass(), gate));
        this.specClass = parent.specClass();
        this.gate = gate;
    }

    /** Returns the unique id a gate method name gets under the given benchmark. */
    public static UniqueId uniqueId(UniqueId benchmark, String methodName) {
        return benchmark.append(SEGMENT_TYPE, methodName);
    }

    @Override
    public Type getType() {
        return Type.TEST;
    }

    /** A shard sees only its users: gates judge the merged board ({@code mvn peftu:merge}) instead. */
    @Override
    public SkipResult shouldBeSkipped(PeftuExecutionContext context) {
        return context.benchmark().flatMap(run -> run.spec().shard())
                .map(shard -> SkipResult.skip("shard " + shard + " holds some users only; gates run on the merged"
                        + " board (mvn peftu:merge)"))
                .orElseGet(SkipResult::doNotSkip);
    }

    @Override
    public PeftuExecutionContext execute(PeftuExecutionContext context, DynamicTestExecutor dynamicTestExecutor) {
        if (gate.getParameterCount() != 1 || gate.getParameterTypes()[0] != Leaderboard.class) {
            throw new IllegalStateException("@Gate method " + specClass.getName() + "." + gate.getName()
                    + " must take exactly one parameter of type " + Leaderboard.class.getName());
        }
        BenchmarkRun benchmark = context.benchmark().orElseThrow();
        Object instance = ReflectionSupport.newInstance(specClass);
        ReflectionSupport.invokeMethod(gate, instance, Leaderboard.of(benchmark.toResult()));
        return context;
    }

    @Override
    public void nodeFinished(PeftuExecutionContext context, TestDescriptor descriptor, TestExecutionResult result) {
        context.benchmark().ifPresent(benchmark -> benchmark.record(switch (result.getStatus()) {
            case SUCCESSFUL -> GateResult.passed(gate.getName());
            case ABORTED, FAILED -> GateResult.failed(gate.getName(), result.getThrowable()
                    .map(GateDescriptor::message).orElse(result.getStatus().toString()));
        }));
    }

    private static String message(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getName()).strip();
    }
}
