package dev.peftu.engine.descriptor;

import dev.peftu.engine.execution.BenchmarkRun;
import dev.peftu.engine.execution.MethodOutcome;
import dev.peftu.engine.execution.PeftuExecutionContext;
import dev.peftu.engine.spec.MethodSpec;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One method (contender) of a benchmark: a container that trains and predicts for all users of
 * the benchmark before its user tests report their scores. When the method fails (unknown name,
 * bad setting, native error) this container fails with the cause and its siblings still run.
 */
public final class MethodDescriptor extends AbstractTestDescriptor implements Node<PeftuExecutionContext> {

    /** The unique-id segment type of methods; the value is the method's label. */
    public static final String SEGMENT_TYPE = "method";

    private final MethodSpec method;

    /** Creates the descriptor of a method under its benchmark. */
    public MethodDescriptor(BenchmarkDescriptor parent, MethodSpec method) {
        super(uniqueId(parent.getUniqueId(), method.label()), method.label(), ClassSource.from(parent.specClass()));
        this.method = method;
    }

    /** Returns the unique id a method label gets under the given benchmark. */
    public static UniqueId uniqueId(UniqueId benchmark, String label) {
        return benchmark.append(SEGMENT_TYPE, label);
    }

    /** Returns the method as declared. */
    public MethodSpec method() {
        return method;
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    @Override
    public PeftuExecutionContext before(PeftuExecutionContext context) throws Exception {
        BenchmarkRun benchmark = context.benchmark().orElseThrow();
        MethodOutcome outcome = context.methodRunner().run(benchmark, method);
        benchmark.record(outcome);
        outcome.rethrowFailure();
        return context.withMethod(outcome);
    }
}
