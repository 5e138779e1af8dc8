package dev.peftu.model;

import dev.peftu.store.FileFormatException;
import dev.peftu.store.Safetensors;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A BERT checkpoint in Hugging Face layout: {@code config.json} (architecture), {@code model.safetensors}
 * (weights, with or without the {@code bert.} prefix of task models) and {@code tokenizer.json}.
 * Opening it reads the configuration and exactly the encoder weights it calls for, checked for
 * presence and shape; task heads and pooler weights in the file are ignored.
 */
public final class HfModelDirectory {

    /** The architecture file. */
    public static final String CONFIG_FILE = "config.json";
    /** The weights file (a single, unsharded safetensors file). */
    public static final String WEIGHTS_FILE = "model.safetensors";
    /** The index of a sharded checkpoint's weights files. */
    public static final String WEIGHTS_INDEX_FILE = WEIGHTS_FILE + ".index.json";
    /** The Hugging Face tokenizers file. */
    public static final String TOKENIZER_FILE = "tokenizer.json";

    private final Path directory;
    private final BertConfig config;
    private final Map<String, HostTensor> weights;

    private HfModelDirectory(Path directory, BertConfig config, Map<String, HostTensor> weights) {
        this.directory = directory;
        this.config = config;
        this.weights = weights;
    }

    /**
     * Opens the directory, reading its configuration and encoder weights.
     *
     * @throws FileNotFoundException naming the missing file if one of the three files is absent
     * @throws FileFormatException naming the file and the field or tensor that is missing or wrong
     */
    public static HfModelDirectory open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException(dir + ": not a directory; expected a Hugging Face model directory with "
                    + CONFIG_FILE + ", " + WEIGHTS_FILE + " and " + TOKENIZER_FILE);
        }
        BertConfig config = HfConfigJson.read(requireFile(dir, CONFIG_FILE));
        Path weightsFile = requireFile(dir, WEIGHTS_FILE);
        requireFile(dir, TOKENIZER_FILE);
        return new HfModelDirectory(dir, config, encoderWeights(weightsFile, config));
    }

    /** Returns the directory this model was read from. */
    public Path directory() {
        return directory;
    }

    /** Returns the architecture read from {@code config.json}. */
    public BertConfig config() {
        return config;
    }

    /** Returns the encoder weights under HF names without the {@code bert.} prefix, linear weights {@code [out, in]}. */
    public Map<String, HostTensor> weights() {
        return weights;
    }

    /** Returns the path of {@code tokenizer.json}. */
    public Path tokenizerFile() {
        return directory.resolve(TOKENIZER_FILE);
    }

    private static Map<String, HostTensor> encoderWeights(Path file, BertConfig config) throws IOException {
        Map<String, long[]> expected = BertWeightNames.expectedShapes(config);
        Map<String, HostTensor> read = Safetensors.read(file,
                name -> expected.containsKey(BertWeightNames.stripBertPrefix(name)));
        Map<String, HostTensor> weights;
        try {
            weights = BertWeightNames.stripBertPrefix(read);
        } catch (IllegalArgumentException clash) {
            throw new FileFormatException(file.toString(), clash.getMessage(), clash);
        }
        return ExpectedWeights.checked(expected, weights, HostTensor::shape, name -> file.toString(),
                name -> name + " (or bert." + name + ")");
    }

    static Path requireFile(Path dir, String name) throws FileNotFoundException {
        Path file = dir.resolve(name);
        if (!Files.isRegularFile(file)) {
            String hint = "";
            if (name.equals(WEIGHTS_FILE) && Files.exists(dir.resolve(WEIGHTS_INDEX_FILE))) {
                hint = " (sharded checkpoints are not supported; merge the shards into one file)";
            } else if (name.equals(WEIGHTS_FILE) && Files.exists(dir.resolve("pytorch_model.bin"))) {
                hint = " (only pytorch_model.bin found; convert it to safetensors)";
            }
            throw new FileNotFoundException(file + ": missing; a Hugging Face model directory needs " + name + hint);
        }
        return file;
    }
}
