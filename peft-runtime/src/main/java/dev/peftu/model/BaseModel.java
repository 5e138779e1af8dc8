package dev.peftu.model;

import java.util.List;

/**
 * A frozen pretrained encoder with its tokenizer: the shared base every per-user module attaches
 * to. (Work in progress on main: loading lands with the model package.)
 */
public final class BaseModel implements AutoCloseable {

    private BaseModel() {
    }

    /** Returns a short description of the model, for reports. */
    public String name() {
        throw new UnsupportedOperationException("not yet");
    }

    /** Returns the mean-pooled embeddings of the texts, one row per text. */
    public float[][] embed(List<String> texts) {
        throw new UnsupportedOperationException("not yet");
    }

    @Override
    public void close() {
    }
}
