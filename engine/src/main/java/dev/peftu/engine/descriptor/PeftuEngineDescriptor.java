package dev.peftu.engine.descriptor;

import dev.peftu.engine.execution.PeftuExecutionContext;
import org.junit.platform.engine.UniqueId;
import org.junit.platform.engine.support.descriptor.EngineDescriptor;
import org.junit.platform.engine.support.hierarchical.Node;

/**
 * The root of the engine's tree. When every benchmark has run it writes the run's results file
 * and releases the base models.
 */
public final class PeftuEngineDescriptor extends EngineDescriptor implements Node<PeftuExecutionContext> {

    /** Creates the root with the engine's unique id. */
    public PeftuEngineDescriptor(UniqueId uniqueId) {
        super(uniqueId, "peftu");
    }

    @Override
    public void after(PeftuExecutionContext context) throws Exception {
        context.finishRun();
    }
}
