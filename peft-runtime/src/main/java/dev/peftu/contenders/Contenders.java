package dev.peftu.contenders;

import dev.peftu.eval.BaselineProvider;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderProvider;
import dev.peftu.eval.ContenderProviders;
import dev.peftu.eval.MethodSettings;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.TrainingKeys;
import dev.peftu.results.ContenderKind;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything that can stand on a leaderboard, by name: every {@link ContenderProvider} on the
 * class path, built in or contributed, PEFT method or baseline alike. A PEFT method becomes a
 * {@link PeftContender} (per-user modules trained by the cohort trainer); a baseline creates its
 * own contender from settings checked here first.
 */
public final class Contenders {

    private Contenders() {
    }

    /**
     * Creates a contender.
     *
     * @param name a provider's name
     * @param settings its settings, checked at once (PEFT methods and baselines alike), so that a
     *     bad setting fails before any training
     * @return the contender
     * @throws IllegalArgumentException naming the known contenders when the name is unknown, or
     *     naming the setting when a setting is wrong
     */
    public static Contender create(String name, Map<String, String> settings) {
        ContenderProvider provider = ContenderProviders.all().get(name);
        if (provider == null) {
            throw unknown(name);
        }
        if (provider instanceof PeftMethod<?> method) {
            return new PeftContender(method, settings);
        }
        if (provider instanceof BaselineProvider baseline) {
            return baseline.create(baseline.settings(withoutRunEpochs(baseline, settings)));
        }
        throw new IllegalStateException(provider.getClass().getName() + " provides '" + name + "' but implements "
                + "neither " + PeftMethod.class.getName() + " nor " + BaselineProvider.class.getName());
    }

    /**
     * The engine gives every contender the run's {@code epochs}; a baseline that does not declare
     * the key trains nothing, so the value is checked and left out.
     */
    private static Map<String, String> withoutRunEpochs(BaselineProvider baseline, Map<String, String> settings) {
        if (!settings.containsKey(TrainingKeys.EPOCHS) || baseline.defaults().containsKey(TrainingKeys.EPOCHS)) {
            return settings;
        }
        Map<String, String> own = new LinkedHashMap<>(settings);
        String epochs = own.remove(TrainingKeys.EPOCHS);
        MethodSettings.of(baseline.name(), Map.of(TrainingKeys.EPOCHS, "1"), Map.of(TrainingKeys.EPOCHS, epochs))
                .positiveInteger(TrainingKeys.EPOCHS);
        return own;
    }

    /** Returns the failure for a name no provider has, listing the known names. */
    public static IllegalArgumentException unknown(String name) {
        return new IllegalArgumentException("unknown method '" + name + "'; known: " + names());
    }

    /** Returns the kind of the contender a name stands for, or empty when no provider has that name. */
    public static Optional<ContenderKind> kindOf(String name) {
        return Optional.ofNullable(ContenderProviders.all().get(name)).map(ContenderProvider::kind);
    }

    /** Returns every known name, in the order providers are found (peftu's PEFT methods, then its baselines). */
    public static List<String> names() {
        return List.copyOf(ContenderProviders.all().keySet());
    }
}
