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

    private final int maxLength;
    private final Map<Optional<Path>, BaseModel> models = new LinkedHashMap<>();

    /**
     * Creates an empty cache.
     *
     * @param maxLength maximum tokens per text for every model loaded
     */
    public BaseModelCache(int maxLength) {
        this.maxLength = maxLength;
    }

    /**
     * Returns the model, loading it on first use.
     *
     * @param directory a Hugging Face model directory, or empty for the embedded default
     */
    public synchronized BaseModel get(Optional<Path> directory) {
        return models.computeIfAbsent(directory, this::load);
    }

    private BaseModel load(Optional<Path> directory) {
        return directory.map(path -> BaseModel.fromDirectory(path, maxLength))
                .orElseGet(() -> BaseModel.embedded(maxLength));
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
                : models.values().stream().map(model -> model.encoder().device().toString()).distinct()
                        .collect(Collectors.joining(", "));
    }

    @Override
    public synchronized void close() {
        models.values().forEach(BaseModel::close);
        models.clear();
    }
}
