package dev.peftu.engine.descriptor;

import dev.peftu.results.NotRunBenchmark;
import dev.peftu.results.Outcome;
import java.util.Objects;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.engine.spec.LoadedDataset;
import dev.peftu.engine.execution.BenchmarkRun;
import dev.peftu.engine.execution.PeftuExecutionContext;
import dev.peftu.engine.spec.BenchmarkSpec;
import java.util.Optional;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.AbstractTestDescriptor;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * One benchmark spec class: a container whose children are its methods (each holding its users)
 * followed by its gates. A spec that could not be read or whose dataset could not be loaded at
 * discovery has no children and fails with that cause when executed; one whose required
 * configuration parameters are not set has no children and is reported as skipped.
 */
public final class BenchmarkDescriptor extends AbstractTestDescriptor implements Node<PeftuExecutionContext> {

    /** The unique-id segment type of benchmarks; the value is the spec class name. */
    public static final String SEGMENT_TYPE = "benchmark";

    private final Class<?> specClass;
    private final BenchmarkSpec spec;
    private final LoadedDataset dataset;
    private final RuntimeException preparationFailure;
    private final String skipReason;

    private BenchmarkDescriptor(UniqueId uniqueId, String displayName, Class<?> specClass, BenchmarkSpec spec,
                                LoadedDataset dataset, RuntimeException preparationFailure, String skipReason) {
        super(uniqueId, displayName, ClassSource.from(specClass));
        this.specClass = specClass;
        this.spec = spec;
        this.dataset = dataset;
        this.preparationFailure = preparationFailure;
        this.skipReason = skipReason;
    }

    /** Creates the descriptor of a benchmark whose spec was read and whose dataset was loaded. */
    public static BenchmarkDescriptor prepared(TestDescriptor parent, BenchmarkSpec spec, LoadedDataset dataset) {
        return new BenchmarkDescriptor(uniqueId(parent, spec.specClass()), spec.name(), spec.specClass(), spec,
                dataset, null, null);
    }

    /** Creates the descriptor of a benchmark, named as on reports, that will fail with the given cause. */
    public static BenchmarkDescriptor failed(TestDescriptor parent, Class<?> specClass, String name,
            RuntimeException cause) {
        return new BenchmarkDescriptor(uniqueId(parent, specClass), name, specClass, null, null, cause, null);
    }

    /** Creates the descriptor of a benchmark, named as on reports, that is skipped for the given reason. */
    public static BenchmarkDescriptor skipped(TestDescriptor parent, Class<?> specClass, String name, String reason) {
        return new BenchmarkDescriptor(uniqueId(parent, specClass), name, specClass, null, null, null, reason);
    }

    /** Returns the unique id a spec class gets under the given parent. */
    public static UniqueId uniqueId(TestDescriptor parent, Class<?> specClass) {
        return parent.getUniqueId().append(SEGMENT_TYPE, specClass.getName());
    }

    @Override
    public Type getType() {
        return Type.CONTAINER;
    }

    /**
     * Keeps a benchmark that failed to prepare or is skipped in the tree although it has no
     * children, so that it reports its failure or skip reason instead of being pruned away.
     */
    @Override
    public boolean mayRegisterTests() {
        return preparationFailure != null || skipReason != null;
    }

    @Override
    public SkipResult shouldBeSkipped(PeftuExecutionContext context) {
        if (skipReason == null) {
            return SkipResult.doNotSkip();
        }
        context.recorder().record(new NotRunBenchmark(getDisplayName(), Outcome.SKIPPED, skipReason));
        return SkipResult.skip(skipReason);
    }

    /** Returns the spec class. */
    public Class<?> specClass() {
        return specClass;
    }

    /** Returns the spec, or empty when it could not be read or its dataset loaded. */
    public Optional<BenchmarkSpec> spec() {
        return Optional.ofNullable(spec);
    }

    /** Returns the loaded and split dataset, or empty when preparation failed. */
    public Optional<PersonalizedDataset> dataset() {
        return Optional.ofNullable(dataset).map(LoadedDataset::dataset);
    }

    @Override
    public PeftuExecutionContext before(PeftuExecutionContext context) {
        if (preparationFailure != null) {
            context.recorder().record(new NotRunBenchmark(getDisplayName(), Outcome.FAILED,
                    Objects.requireNonNullElse(preparationFailure.getMessage(), preparationFailure.toString())));
            throw preparationFailure;
        }
        return context.withBenchmark(new BenchmarkRun(spec, dataset.dataset(), dataset.summary()));
    }

    @Override
    public void after(PeftuExecutionContext context) {
        context.benchmark().ifPresent(run -> context.recorder().record(run.toResult()));
    }
}
