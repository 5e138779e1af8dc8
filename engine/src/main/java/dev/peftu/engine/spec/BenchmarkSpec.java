package dev.peftu.engine.spec;

import dev.peftu.data.DatasetFingerprint;
import dev.peftu.data.LabelPrompt;
import dev.peftu.data.PersonalizedDataset;
import dev.peftu.model.BaseModel;
import dev.peftu.results.BenchmarkConfiguration;
import dev.peftu.results.Shard;
import dev.peftu.store.Fingerprint;
import java.lang.reflect.Method;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * A benchmark as the run will execute it: the spec class's annotations with the run's overrides
 * applied.
 *
 * @param specClass the annotated class
 * @param name the benchmark's name on reports
 * @param dataset where the users come from
 * @param baseModelDirectory a Hugging Face model directory, or empty for the embedded default
 * @param seed the seed
 * @param usersLimit at most this many users; 0 keeps all
 * @param epochs epochs for every PEFT method; 0 keeps each method's default
 * @param maxLength the most tokens per text the base model sees
 * @param shard the shard of users this run trains and scores, or empty for all
 * @param methods the contenders in run order, labels unique
 * @param gates the {@code @Gate} methods in a stable order
 * @param prompt how a generative base model is asked for labels ({@code @Prompt}, or the default)
 */
public record BenchmarkSpec(Class<?> specClass, String name, DatasetSpec dataset, Optional<Path> baseModelDirectory,
                            long seed, int usersLimit, int epochs, int maxLength, Optional<Shard> shard,
                            List<MethodSpec> methods, List<Method> gates, LabelPrompt prompt) {

    /** Copies the lists. */
    public BenchmarkSpec {
        methods = List.copyOf(methods);
        gates = List.copyOf(gates);
    }

    /**
     * Returns what decides this benchmark's numbers besides the methods' settings, for the
     * results and for comparing runs.
     *
     * @param dataset the dataset as split and limited for this run
     */
    public BenchmarkConfiguration configuration(PersonalizedDataset dataset) {
        return new BenchmarkConfiguration(seed, epochs > 0 ? epochs : null, usersLimit > 0 ? usersLimit : null,
                BaseModel.identity(baseModelDirectory), maxLength, DatasetFingerprint.of(dataset));
    }

    /**
     * Returns whether this run trains and scores the user: every user, or those of its shard. A
     * user's shard follows from the first 64 bits of the SHA-256 fingerprint of the user id, the
     * same on every machine.
     */
    public boolean runsUser(String userId) {
        return shard.map(part -> part.holds(Fingerprint.start().add(userId).finishAsNumber())).orElse(true);
    }

    /** Returns the method with the given label, if declared. */
    public Optional<MethodSpec> method(String label) {
        return methods.stream().filter(method -> method.label().equals(label)).findFirst();
    }
}
