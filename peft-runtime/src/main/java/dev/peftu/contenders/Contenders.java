package dev.peftu.contenders;

import dev.peftu.baselines.CrowdCalibratedBaseline;
import dev.peftu.baselines.FewShotBaseline;
import dev.peftu.baselines.MajorityBaseline;
import dev.peftu.baselines.NonPersonalizedBaseline;
import dev.peftu.baselines.OneSizeFitsAllBaseline;
import dev.peftu.baselines.RetrievalBaseline;
import dev.peftu.baselines.ZeroShotBaseline;
import dev.peftu.eval.Contender;
import dev.peftu.results.ContenderKind;
import dev.peftu.peft.PeftMethod;
import dev.peftu.peft.PeftMethods;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Everything that can stand on a leaderboard, by name: the baselines and every PEFT method on
 * the class path (built-in or contributed through the {@link PeftMethod} SPI).
 */
public final class Contenders {

    private static final Map<String, Function<Map<String, String>, Contender>> BASELINES = new LinkedHashMap<>();

    static {
        BASELINES.put(MajorityBaseline.NAME, MajorityBaseline::new);
        BASELINES.put(OneSizeFitsAllBaseline.NAME, OneSizeFitsAllBaseline::new);
        BASELINES.put(CrowdCalibratedBaseline.NAME, CrowdCalibratedBaseline::new);
        BASELINES.put(ZeroShotBaseline.NAME, ZeroShotBaseline::new);
        BASELINES.put(FewShotBaseline.NAME, FewShotBaseline::new);
        BASELINES.put(RetrievalBaseline.NAME, RetrievalBaseline::new);
        BASELINES.put(NonPersonalizedBaseline.NAME, NonPersonalizedBaseline::new);
    }

    private Contenders() {
    }

    /**
     * Creates a contender.
     *
     * @param name a baseline's or a PEFT method's name
     * @param settings its settings, checked at once (PEFT methods and baselines alike), so that a
     *     bad setting fails before any training
     * @return the contender
     * @throws IllegalArgumentException naming the known contenders when the name is unknown, or
     *     naming the setting when a setting is wrong
     */
    public static Contender create(String name, Map<String, String> settings) {
        Function<Map<String, String>, Contender> baseline = BASELINES.get(name);
        if (baseline != null) {
            return baseline.apply(settings);
        }
        PeftMethod method = PeftMethods.all().get(name);
        if (method == null) {
            throw new IllegalArgumentException("unknown method '" + name + "'; known: " + names());
        }
        return new PeftContender(method, settings);
    }

    /** Returns whether a name is a baseline's or a PEFT method's, without creating anything. */
    public static ContenderKind kindOf(String name) {
        return BASELINES.containsKey(name) ? ContenderKind.BASELINE : ContenderKind.PEFT;
    }

    /** Returns every known name: PEFT methods first, then baselines. */
    public static List<String> names() {
        List<String> names = new ArrayList<>(PeftMethods.all().keySet());
        names.addAll(BASELINES.keySet());
        return names;
    }
}
