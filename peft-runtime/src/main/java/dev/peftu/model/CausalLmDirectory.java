package dev.peftu.model;

import dev.peftu.store.FileFormatException;
import dev.peftu.store.SafetensorsCheckpoint;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * A Llama-family causal LM in Hugging Face layout: {@code config.json}, the weights in
 * {@code model.safetensors} or in shards listed by {@code model.safetensors.index.json} (F32, BF16
 * or F16, read as float32) and {@code tokenizer.json}. Opening it reads the configuration and checks
 * that the weights it calls for are there with their shapes and a supported dtype, reading the
 * safetensors headers only; every problem is an error naming the file and the field or tensor,
 * before anything runs. The data is read later, a part at a time ({@link #read}), so that a large
 * model never sits on the heap whole.
 */
public final class CausalLmDirectory {

    private final Path directory;
    private final CausalLmConfig config;
    private final SafetensorsCheckpoint checkpoint;
    private final Map<String, long[]> shapes;

    private CausalLmDirectory(Path directory, CausalLmConfig config, SafetensorsCheckpoint checkpoint,
                              Map<String, long[]> shapes) {
        this.directory = directory;
        this.config = config;
        this.checkpoint = checkpoint;
        this.shapes = shapes;
    }

    /**
     * Opens the directory, reading its configuration and checking its weights' headers.
     *
     * @throws FileNotFoundException naming the missing file if a needed file is absent
     * @throws FileFormatException naming the file and the field or tensor that is missing or wrong
     */
    public static CausalLmDirectory open(Path dir) throws IOException {
        if (!Files.isDirectory(dir)) {
            throw new FileNotFoundException(dir + ": not a directory; expected a Hugging Face model directory with "
                    + HfModelDirectory.CONFIG_FILE + ", " + HfModelDirectory.WEIGHTS_FILE + " (or "
                    + HfModelDirectory.WEIGHTS_INDEX_FILE + " and its shards) and " + HfModelDirectory.TOKENIZER_FILE);
        }
        Path configFile = HfModelDirectory.requireFile(dir, HfModelDirectory.CONFIG_FILE);
        Architecture architecture = HfConfigJson.architecture(configFile);
        if (!(architecture instanceof CausalLmConfig config)) {
            throw new FileFormatException(configFile.toString(), "field model_type is \"" + architecture.modelType()
                    + "\"; expected a causal LM, one of " + String.join(", ", CausalLmConfig.MODEL_TYPES));
        }
        SafetensorsCheckpoint checkpoint = checkpoint(dir);
        HfModelDirectory.requireFile(dir, HfModelDirectory.TOKENIZER_FILE);
        Map<String, long[]> expected = CausalLmWeightNames.expectedShapes(config);
        Map<String, long[]> shapes = ExpectedWeights.checked(expected, checkpoint.shapes(expected::containsKey),
                shape -> shape, name -> checkpoint.fileOf(name).toString(), name -> name);
        return new CausalLmDirectory(dir, config, checkpoint, shapes);
    }

    private static SafetensorsCheckpoint checkpoint(Path dir) throws IOException {
        Path single = dir.resolve(HfModelDirectory.WEIGHTS_FILE);
        if (Files.isRegularFile(single)) {
            return SafetensorsCheckpoint.single(single);
        }
        Path index = dir.resolve(HfModelDirectory.WEIGHTS_INDEX_FILE);
        if (Files.isRegularFile(index)) {
            return SafetensorsCheckpoint.sharded(index);
        }
        throw new FileNotFoundException(single + ": missing, and no " + HfModelDirectory.WEIGHTS_INDEX_FILE
                + " either; a Hugging Face model directory needs its weights in one of them");
    }

    /** Returns the directory this model was read from. */
    public Path directory() {
        return directory;
    }

    /** Returns the architecture read from {@code config.json}. */
    public CausalLmConfig config() {
        return config;
    }

    /** Returns the names of the weights the architecture needs, in forward order. */
    public Set<String> weightNames() {
        return shapes.keySet();
    }

    /**
     * Reads some of the weights the architecture needs as float32, under their Hugging Face names,
     * linear weights {@code [out, in]}.
     *
     * @param names which of {@link #weightNames()} to read
     * @return the weights
     * @throws FileFormatException naming the file and tensor when its data cannot be read
     */
    public Map<String, HostTensor> read(Predicate<String> names) throws IOException {
        return checkpoint.read(name -> shapes.containsKey(name) && names.test(name));
    }

    /** Returns the path of {@code tokenizer.json}. */
    public Path tokenizerFile() {
        return directory.resolve(HfModelDirectory.TOKENIZER_FILE);
    }
}
