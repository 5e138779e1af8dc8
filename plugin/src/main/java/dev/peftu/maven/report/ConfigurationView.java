package dev.peftu.maven.report;

import dev.peftu.results.BenchmarkConfiguration;

/**
 * A benchmark's configuration as its page prints it: what decides its numbers besides the
 * methods' own settings.
 *
 * @param seed the seed of splitting, training and the statistics
 * @param epochs the epochs every PEFT method trained, or {@code each method's own}
 * @param usersLimit the most users kept, or {@code all}
 * @param baseModel the frozen base model
 * @param maxLength the most tokens per text the base model saw
 * @param datasetFingerprint the hash of the split dataset
 */
public record ConfigurationView(String seed, String epochs, String usersLimit, String baseModel, String maxLength,
        String datasetFingerprint) {

    static ConfigurationView of(BenchmarkConfiguration configuration) {
        return new ConfigurationView(Long.toString(configuration.seed()),
                configuration.epochs() == null ? "each method's own" : configuration.epochs().toString(),
                configuration.usersLimit() == null ? "all" : Format.count(configuration.usersLimit()),
                configuration.baseModel(), Format.count(configuration.maxLength()), configuration.datasetFingerprint());
    }
}
