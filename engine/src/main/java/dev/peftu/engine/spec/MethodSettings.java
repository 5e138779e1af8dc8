package dev.peftu.engine.spec;

import dev.peftu.engine.Constants;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Turns a method's {@code key=value} settings into the map a contender receives, resolving
 * {@code ${...}} references and adding the benchmark's epochs unless the method sets its own.
 */
public final class MethodSettings {

    private MethodSettings() {
    }

    /**
     * Parses the settings of one method of a benchmark.
     *
     * @param method the method as declared
     * @param benchmark the benchmark it belongs to
     * @param placeholders resolves references to configuration parameters
     * @param epochsOverride epochs from the configuration that win over everything, or 0
     * @throws SpecException naming the spec, the method and the setting when one is not
     *     {@code key=value} or repeats a key
     */
    public static Map<String, String> parse(MethodSpec method, BenchmarkSpec benchmark, Placeholders placeholders,
                                            int epochsOverride) {
        Map<String, String> settings = new LinkedHashMap<>();
        for (String setting : method.settings()) {
            String where = "setting '" + setting + "' of @Method(name = \"" + method.name() + "\") on "
                    + benchmark.specClass().getName();
            int equals = setting.indexOf('=');
            String key = equals < 0 ? "" : setting.substring(0, equals).trim();
            if (key.isEmpty()) {
                throw new SpecException(where + " is malformed; expected key=value, for example rank=4");
            }
            String value = placeholders.resolve(setting.substring(equals + 1).trim(), where);
            if (settings.put(key, value) != null) {
                throw new SpecException(where + " repeats the key '" + key + "'; expected each key once");
            }
        }
        if (epochsOverride > 0) {
            settings.put(Constants.EPOCHS_SETTING, Integer.toString(epochsOverride));
        } else if (benchmark.epochs() > 0) {
            settings.putIfAbsent(Constants.EPOCHS_SETTING, Integer.toString(benchmark.epochs()));
        }
        return settings;
    }
}
