package dev.peftu.eval;

import dev.peftu.eval.MethodSettings;
import dev.peftu.results.ContenderKind;
import java.util.Map;

/**
 * A baseline contributed through {@link ContenderProvider}: anything that predicts each user's
 * test labels without a per-user PEFT module. peftu checks a spec's settings against
 * {@link #defaults()} (an unknown key or a malformed value fails before any run) and hands the
 * checked settings to {@link #create}, whose typed getters parse each value once. The run-wide
 * {@code epochs}, which the engine gives every contender, reaches a baseline only when its
 * defaults declare it; otherwise it is checked and left out.
 */
public interface BaselineProvider extends ContenderProvider {

    @Override
    default ContenderKind kind() {
        return ContenderKind.BASELINE;
    }

    /**
     * Checks a spec's settings: by default against {@link #defaults()}, so that a key the
     * baseline does not declare fails naming it and the known keys. A baseline whose keys depend
     * on one of its settings (the PEFT method of a shared module, say) checks them here.
     *
     * @param given the spec's settings
     * @return the defaults with the given values applied
     * @throws IllegalArgumentException naming an unknown key
     */
    default MethodSettings settings(Map<String, String> given) {
        return MethodSettings.of(name(), defaults(), given);
    }

    /**
     * Creates the baseline with checked settings.
     *
     * @param settings the defaults with the spec's values applied; every key is one of the defaults'
     * @return the contender
     * @throws IllegalArgumentException naming the setting when a value is out of range
     */
    Contender create(MethodSettings settings);
}
