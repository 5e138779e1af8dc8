package dev.peftu.engine.contributed;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.FrozenWeights;
import dev.peftu.model.Injection;
import dev.peftu.peft.BatchParameters;
import dev.peftu.peft.HeadConfig;
import dev.peftu.peft.ParameterSpec;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.PersonalHeadMethod;
import java.util.List;
import java.util.Map;

/**
 * A contributed PEFT method at version 1, the personal head under a name of its own, and
 * {@link Bumped}, the same method after its author bumped the version: registered only by the test
 * that checks a stored module is reused at the same version and retrained after a bump, one of
 * the two per run, never on the ordinary test class path.
 */
public class VersionedHead implements PeftMethod<HeadConfig> {

    /** The method's name. */
    public static final String NAME = "versioned-head";

    private final PersonalHeadMethod head = new PersonalHeadMethod();

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public Map<String, String> defaults() {
        return head.defaults();
    }

    @Override
    public HeadConfig configure(Architecture base, MethodSettings settings) {
        return head.configure(base, settings);
    }

    @Override
    public HeadConfig fromAdapterConfig(Map<String, Object> adapterConfig) {
        return head.fromAdapterConfig(adapterConfig);
    }

    @Override
    public List<ParameterSpec> parameters(Architecture base, HeadConfig config) {
        return head.parameters(base, config);
    }

    @Override
    public Injection attach(FrozenWeights base, BatchParameters parameters, HeadConfig config) {
        return head.attach(base, parameters, config);
    }

    @Override
    public boolean changesBaseModel() {
        return head.changesBaseModel();
    }

    /** The method after a change to its math: version 2. */
    public static final class Bumped extends VersionedHead {

        @Override
        public int version() {
            return 2;
        }
    }
}
