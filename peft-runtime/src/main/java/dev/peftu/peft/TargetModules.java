package dev.peftu.peft;

import dev.peftu.eval.MethodSettings;
import dev.peftu.model.Architecture;
import dev.peftu.model.LinearSite;
import java.util.List;

/**
 * Which linear sites a list of targets chooses, by HF PEFT's rule for a list of names: a target
 * matches a site whose full module path ({@link Architecture#qualifiedPath}) equals it or ends with
 * {@code "." + target}, so {@code value} matches {@code bert.encoder.layer.3.attention.self.value}
 * and {@code output.dense} matches both BERT's attention and feed-forward output layers. Stricter
 * than HF PEFT in one way: every target must match at least one site, so a typo is an error
 * rather than a module that adapts less than it says.
 */
public final class TargetModules {

    private TargetModules() {
    }

    /** Returns whether a target names a site, by HF PEFT's suffix rule. */
    public static boolean matches(Architecture base, LinearSite site, String target) {
        String path = base.qualifiedPath(site);
        return path.equals(target) || path.endsWith("." + target);
    }

    /** Returns whether any of the targets names a site. */
    public static boolean matchesAny(Architecture base, LinearSite site, List<String> targets) {
        return targets.stream().anyMatch(target -> matches(base, site, target));
    }

    /**
     * Returns the sites the targets choose, in forward order.
     *
     * @param base the base model's architecture
     * @param targets the targets
     * @return the sites
     * @throws IllegalArgumentException naming a target that matches no site
     */
    public static List<LinearSite> resolve(Architecture base, List<String> targets) {
        for (String target : targets) {
            if (base.linearSites().stream().noneMatch(site -> matches(base, site, target))) {
                throw new IllegalArgumentException("target '" + target + "' matches no linear layer of the "
                        + base.modelType() + " base model; its layers are " + layerNames(base));
            }
        }
        return base.linearSites().stream().filter(site -> matchesAny(base, site, targets)).toList();
    }

    /**
     * Reads a method's targets setting: {@value TrainingKeys#AUTO} for the given defaults (HF
     * PEFT's for the base model, {@link DefaultTargets}), else a comma-separated list; whether
     * every name matches a site is checked where the sites are resolved ({@link #resolve}), on the
     * base model the module is for.
     *
     * @param settings the method's settings
     * @param key the setting's key
     * @param base the base model's architecture
     * @param defaults the targets {@value TrainingKeys#AUTO} stands for
     * @return the targets, never empty
     * @throws IllegalArgumentException naming the setting when it names no target
     */
    public static List<String> setting(MethodSettings settings, String key, Architecture base, List<String> defaults) {
        if (settings.string(key).equals(TrainingKeys.AUTO)) {
            return defaults;
        }
        List<String> targets = settings.list(key);
        // no target at all would leave only the head training, under the method's name
        if (targets.isEmpty()) {
            throw settings.invalid(key, TrainingKeys.AUTO + " or one or more linear layers, such as "
                    + layerNames(base));
        }
        return targets;
    }

    /** The distinct paths of the sites inside a layer, e.g. {@code [attention.self.query, ...]}. */
    private static List<String> layerNames(Architecture base) {
        return base.linearSites().stream().map(LinearSite::pathInLayer).distinct().toList();
    }
}
