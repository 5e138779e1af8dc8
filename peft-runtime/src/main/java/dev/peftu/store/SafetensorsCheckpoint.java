package dev.peftu.store;

import com.fasterxml.jackson.databind.JsonNode;
import dev.peftu.model.HostTensor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * The weights of a Hugging Face checkpoint: one safetensors file, or shards that an index file
 * ({@code model.safetensors.index.json}) lists in its {@code weight_map} from tensor name to shard
 * file. Opening a sharded checkpoint checks that every shard it names is there; reading converts
 * the wanted tensors to float32 ({@link Safetensors}) and checks that each one the index maps to a
 * shard is in it; the shapes alone can be checked first, without reading any data. Messages name
 * the file a tensor was expected in.
 */
public final class SafetensorsCheckpoint {

    private static final String WEIGHT_MAP = "weight_map";

    private final Path file;
    private final Map<String, Path> shards;

    private SafetensorsCheckpoint(Path file, Map<String, Path> shards) {
        this.file = file;
        this.shards = shards;
    }

    /** Returns the checkpoint of a single safetensors file. */
    public static SafetensorsCheckpoint single(Path file) {
        return new SafetensorsCheckpoint(file, Map.of());
    }

    /**
     * Opens a sharded checkpoint by its index file.
     *
     * @throws FileFormatException naming the index file when it is not a {@code weight_map} of
     *     tensor names to file names, or a shard it names is missing
     */
    public static SafetensorsCheckpoint sharded(Path index) throws IOException {
        String source = index.toString();
        JsonNode root = JsonFiles.readObject(index, "an object with a " + WEIGHT_MAP);
        JsonNode map = root.get(WEIGHT_MAP);
        if (map == null || !map.isObject()) {
            throw new FileFormatException(source, "field " + WEIGHT_MAP + " is " + (map == null ? "missing" : map)
                    + "; expected an object mapping tensor names to shard files");
        }
        Map<String, Path> shards = new LinkedHashMap<>();
        for (Iterator<Map.Entry<String, JsonNode>> fields = map.fields(); fields.hasNext(); ) {
            Map.Entry<String, JsonNode> field = fields.next();
            JsonNode shardName = field.getValue();
            Path shard = shardName.isTextual() ? index.resolveSibling(shardName.textValue()) : null;
            if (shard == null || !shard.getParent().equals(index.getParent())) {
                throw new FileFormatException(source, WEIGHT_MAP + "." + field.getKey() + " is " + shardName
                        + "; expected the name of a shard file next to the index");
            }
            if (!Files.isRegularFile(shard)) {
                throw new FileFormatException(source, WEIGHT_MAP + "." + field.getKey() + " names shard "
                        + shardName.textValue() + ", which is missing (" + shard + ")");
            }
            shards.put(field.getKey(), shard);
        }
        return new SafetensorsCheckpoint(index, Collections.unmodifiableMap(shards));
    }

    /**
     * Returns the file a tensor is read from (its shard, or the single file), or the index file for
     * a tensor the index does not list: where a message about the tensor should point.
     */
    public Path fileOf(String tensor) {
        return shards.getOrDefault(tensor, file);
    }

    /**
     * Reads the wanted tensors as float32, by name.
     *
     * @throws FileFormatException naming the file when a shard lacks a tensor the index maps to it,
     *     or a wanted tensor has an unsupported dtype or does not fit its byte range
     */
    public Map<String, HostTensor> read(Predicate<String> wanted) throws IOException {
        return fromEveryFile(wanted, Safetensors::read);
    }

    /**
     * Returns the shapes of the wanted tensors without reading their data, checked as
     * {@link #read} checks them.
     *
     * @throws FileFormatException as {@link #read} does
     */
    public Map<String, long[]> shapes(Predicate<String> wanted) throws IOException {
        return fromEveryFile(wanted, Safetensors::shapes);
    }

    /** What one file gives of the tensors a filter wants. */
    @FunctionalInterface
    private interface FileReader<T> {
        Map<String, T> read(Path file, Predicate<String> wanted) throws IOException;
    }

    private <T> Map<String, T> fromEveryFile(Predicate<String> wanted, FileReader<T> reader) throws IOException {
        if (shards.isEmpty()) {
            return reader.read(file, wanted);
        }
        Map<Path, Predicate<String>> byShard = new TreeMap<>();
        shards.forEach((name, shard) -> byShard.put(shard, candidate -> wanted.test(candidate)
                && shard.equals(shards.get(candidate))));
        Map<String, T> found = new LinkedHashMap<>();
        for (Map.Entry<Path, Predicate<String>> shard : byShard.entrySet()) {
            found.putAll(reader.read(shard.getKey(), shard.getValue()));
        }
        for (Map.Entry<String, Path> entry : shards.entrySet()) {
            if (wanted.test(entry.getKey()) && !found.containsKey(entry.getKey())) {
                throw new FileFormatException(entry.getValue().toString(), "tensor " + entry.getKey()
                        + " is missing; expected it there, as " + file.getFileName() + " says");
            }
        }
        return Collections.unmodifiableMap(found);
    }
}
