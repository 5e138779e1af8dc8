package dev.peftu.engine.execution;

import dev.peftu.model.BaseModel;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Loads each base model the run needs once, on first use, and closes them all at the end. Runs
 * whose contenders need no model (majority and other text-only baselines) never load one.
 */
public final class BaseModelCache implements AutoCloseable {

    /** The description in the results when no contender needed a base model. */
    public static final String NONE = "none";

    private final Map<Key, BaseModel> models = new LinkedHashMap<>();

    /**
     * Returns the model, loading it on first use.
     *
     * @param directory a Hugging Face model directory, or empty for the embedded default
     * @param maxLength maximum tokens per text (an encoder) or per prompt (a causal LM)
     */
    public synchronized BaseModel get(Optional<Path> directory, int maxLength) {
        return models.computeIfAbsent(new Key(directory, maxLength), BaseModelCache::load);
    }

    private static BaseModel load(Key key) {
        return key.directory().map(path -> BaseModel.fromDirectory(path, key.maxLength()))
                .orElseGet(() -> BaseModel.embedded(key.maxLength()));
    }

    /** A model as a benchmark loads it. */
    private record Key(Optional<Path> directory, int maxLength) {
    }

    /** Returns the names of the models loaded so far, or {@value #NONE}. */
    public synchronized String describe() {
        return models.isEmpty() ? NONE
                : models.values().stream().map(BaseModel::name).collect(Collectors.joining(", "));
    }

    /**
     * Returns the devices the loaded models compute on, e.g. {@code cpu()} or {@code gpu(0)}, or
     * {@value #NONE} when none was loaded.
     */
    public synchronized String devices() {
        return models.isEmpty() ? NONE
                : models.values().stream().map(model -> model.device().toString()).distinct()
                        .collect(Collectors.joining(", "));
    }

    @Override
    public synchronized void close() {
        models.values().forEach(BaseModel::close);
        models.clear();
    }
}
