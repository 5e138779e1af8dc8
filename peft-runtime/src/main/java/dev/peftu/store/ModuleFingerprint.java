package dev.peftu.store;

import java.util.Map;
import java.util.TreeMap;

/**
 * Everything that determines a user's trained module, hashed: peftu's module format, the method,
 * its version and effective settings, the base model and the most tokens it sees per text, the split dataset
 * and the seed. A stored module whose
 * fingerprint matches the run's is what training would produce again (cohort composition does not
 * change a user's module), so a resumed run reuses it instead of training.
 */
public final class ModuleFingerprint {

    /** Changes whenever a change to peftu makes earlier stored modules differ from what it would train now. */
    public static final String FORMAT_VERSION = "peftu-module/3";

    private ModuleFingerprint() {
    }

    /**
     * The fingerprint of one method's modules on one dataset.
     *
     * @param method the PEFT method's name
     * @param methodVersion the method's {@link dev.peftu.eval.ContenderProvider#version() version}
     * @param settings its version and effective settings
     * @param baseModel the base model's identity
     * @param maxLength the most tokens per text the base model sees
     * @param datasetFingerprint the split dataset's fingerprint
     * @param seed the run's seed
     */
    public static String of(String method, int methodVersion, Map<String, String> settings, String baseModel,
                            int maxLength, String datasetFingerprint, long seed) {
        Fingerprint fingerprint = Fingerprint.start().add(FORMAT_VERSION).add(method)
                .add(Integer.toString(methodVersion));
        new TreeMap<>(settings).forEach((key, value) -> fingerprint.add(key).add(value));
        return fingerprint.add("baseModel").add(baseModel)
                .add("maxLength").add(Integer.toString(maxLength)).add("dataset").add(datasetFingerprint)
                .add("seed").add(Long.toString(seed)).finish();
    }
}
