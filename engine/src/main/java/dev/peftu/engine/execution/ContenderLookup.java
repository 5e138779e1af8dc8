package dev.peftu.engine.execution;

import dev.peftu.contenders.Contenders;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import java.util.Map;

/**
 * The engine's view of the runtime's contenders: creates them by name, tells a name's kind
 * before creation (so a method that fails to start is still reported in the right column), and
 * whether a contender needs the base model (so baselines that read only text never load it).
 */
public final class ContenderLookup {

    /**
     * Creates a contender.
     *
     * @param name the method's name
     * @param settings its settings
     * @return the contender
     * @throws IllegalArgumentException naming the unknown name and the known ones, or a bad setting
     */
    public Contender create(String name, Map<String, String> settings) {
        return Contenders.create(name, settings);
    }

    /**
     * Returns the kind a contender of this name has, for reporting methods that failed before
     * creation. A name no provider has is reported with the PEFT methods: it is most often a
     * contributed method whose jar is missing from the test class path.
     */
    public ContenderKind expectedKind(String name) {
        return Contenders.kindOf(name).orElse(ContenderKind.PEFT);
    }

    /** Returns whether the contender needs the base model in its run context. */
    public boolean needsBaseModel(Contender contender) {
        return contender.usesBaseModel();
    }
}
