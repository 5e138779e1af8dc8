package dev.peftu.store;

import dev.peftu.io.AtomicFiles;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.peftu.model.HostTensor;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Keeps one PEFT module per user and method label on disk in the Hugging Face PEFT layout:
 * {@code <root>/<method label>/<user>/adapter_config.json} and {@code adapter_model.safetensors}, so
 * a module saved here loads with {@code PeftModel.from_pretrained} and back. The engine gives each
 * benchmark a root of its own ({@code <store>/<benchmark>}), so labels and benchmarks never share a
 * directory. Labels and user ids become directory names through {@link SafeUserIds} (each
 * directory also records its id in {@value #USER_ID_FILE} and the {@link ModuleFingerprint} of
 * its inputs in {@value #FINGERPRINT_FILE}). A label's task module (OPPU's first stage, shared by
 * its users' modules) lies beside them in {@value #TASK_MODULE_DIRECTORY}, a name no user id
 * becomes;
 * a module is written as a unit through {@link AtomicFiles#writeDirectory}, so a failed save leaves
 * the previous module, or nothing, behind.
 */
public final class ModuleStore {

    /** The PEFT configuration file of a module. */
    public static final String CONFIG_FILE = "adapter_config.json";
    /** The PEFT weights file of a module. */
    public static final String WEIGHTS_FILE = "adapter_model.safetensors";
    /** The file recording the exact user id of a module directory. */
    public static final String USER_ID_FILE = "peftu_user_id.txt";
    /** The file beside them holding the {@link ModuleFingerprint} of what the module was trained from. */
    public static final String FINGERPRINT_FILE = "peftu_fingerprint.txt";

    /**
     * The directory of a label's task module, beside its users' modules: {@link SafeUserIds}
     * always escapes {@code @} (as {@code %40}), so no user id maps to this name.
     */
    public static final String TASK_MODULE_DIRECTORY = "@task";
    /** The file in a label's directory recording the rate {@code learningRate=auto} chose. */
    public static final String LEARNING_RATE_FILE = "peftu_learning_rate.txt";

    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final TypeReference<Map<String, Object>> CONFIG_TYPE = new TypeReference<>() {
    };

    private final Path root;

    /** Creates a store under the root directory (created on first save). */
    public ModuleStore(Path root) {
        this.root = root.toAbsolutePath().normalize();
    }

    /**
     * Returns the root a benchmark's modules have in a module store, {@code <store>/<benchmark>},
     * the benchmark's name made a file name by {@link SafeUserIds}.
     */
    public static Path benchmarkRoot(Path store, String benchmark) {
        return store.resolve(SafeUserIds.toFileName(benchmark));
    }

    /** Returns the root directory. */
    public Path root() {
        return root;
    }

    /**
     * Returns the directory holding a user's module of a method label, inside the root whatever
     * the label and id.
     */
    public Path userDirectory(String method, String userId) {
        Path methodDirectory = methodDirectory(method);
        Path directory = methodDirectory.resolve(SafeUserIds.toFileName(userId)).normalize();
        if (!methodDirectory.equals(directory.getParent())) {
            throw new IllegalStateException("user id '" + userId + "' resolved outside " + methodDirectory);
        }
        return directory;
    }

    /**
     * Saves (or replaces) a user's module: its PEFT config, pretty-printed, and its weights as F32.
     * The directory appears complete or not at all.
     */
    public void save(String method, String userId, Map<String, Object> adapterConfig, Map<String, HostTensor> weights,
                     String fingerprint) throws IOException {
        write(userDirectory(method, userId), userId, adapterConfig, weights, fingerprint);
    }

    /** Returns the directory of a method label's task module, {@value #TASK_MODULE_DIRECTORY}. */
    public Path taskDirectory(String method) {
        return methodDirectory(method).resolve(TASK_MODULE_DIRECTORY);
    }

    /**
     * Saves (or replaces) a method label's task module, in the layout of users' modules but
     * without a user id. The directory appears complete or not at all.
     */
    public void saveTask(String method, Map<String, Object> adapterConfig, Map<String, HostTensor> weights,
                         String fingerprint) throws IOException {
        write(taskDirectory(method), null, adapterConfig, weights, fingerprint);
    }

    /**
     * Returns the weights of the label's task module when one is stored whose fingerprint is
     * {@code fingerprint}.
     *
     * @throws IOException when a matching module cannot be read
     */
    public Optional<Map<String, HostTensor>> reusableTask(String method, String fingerprint) throws IOException {
        Path directory = taskDirectory(method);
        if (!fingerprintMatches(directory, fingerprint)) {
            return Optional.empty();
        }
        return Optional.of(Safetensors.read(directory.resolve(WEIGHTS_FILE)));
    }

    /**
     * Records {@code learningRate=auto}'s choice for a method label: the search's fingerprint,
     * then the chosen rate, in {@value #LEARNING_RATE_FILE} of the label's directory.
     */
    public void saveChosenLearningRate(String method, String searchFingerprint, String rate) throws IOException {
        Files.createDirectories(methodDirectory(method));
        AtomicFiles.writeString(methodDirectory(method).resolve(LEARNING_RATE_FILE), searchFingerprint + "\n" + rate);
    }

    /**
     * Returns the learning rate {@code learningRate=auto} chose for a method label when the
     * recorded search has the fingerprint {@code searchFingerprint}: the same candidates on the
     * same inputs and users, which would choose the same rate again.
     */
    public Optional<String> chosenLearningRate(String method, String searchFingerprint) throws IOException {
        Path file = methodDirectory(method).resolve(LEARNING_RATE_FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        return lines.size() == 2 && lines.get(0).equals(searchFingerprint) ? Optional.of(lines.get(1)) : Optional.empty();
    }

    private static void write(Path directory, String userId, Map<String, Object> adapterConfig,
                              Map<String, HostTensor> weights, String fingerprint) throws IOException {
        AtomicFiles.writeDirectory(directory, staging -> {
            JSON.writeValue(staging.resolve(CONFIG_FILE).toFile(), adapterConfig);
            Safetensors.write(staging.resolve(WEIGHTS_FILE), weights, Map.of("format", "pt"));
            if (userId != null) {
                Files.writeString(staging.resolve(USER_ID_FILE), userId, StandardCharsets.UTF_8);
            }
            Files.writeString(staging.resolve(FINGERPRINT_FILE), fingerprint, StandardCharsets.UTF_8);
        });
    }

    private static boolean fingerprintMatches(Path directory, String fingerprint) throws IOException {
        Path fingerprintFile = directory.resolve(FINGERPRINT_FILE);
        return Files.isRegularFile(fingerprintFile)
                && Files.readString(fingerprintFile, StandardCharsets.UTF_8).equals(fingerprint);
    }

    /**
     * Loads the user's module when one is stored whose fingerprint is {@code fingerprint}: what
     * training with the same inputs would make again. A module stored from other inputs, or
     * without a fingerprint, is not reused.
     *
     * @throws IOException when a matching module cannot be read
     */
    public Optional<StoredModule> reusable(String method, String userId, String fingerprint) throws IOException {
        if (!fingerprintMatches(userDirectory(method, userId), fingerprint)) {
            return Optional.empty();
        }
        return Optional.of(load(method, userId));
    }

    /**
     * Loads a user's module.
     *
     * @throws FileNotFoundException naming the method, user and directory if there is no such module
     * @throws FileFormatException naming the file if a module file is malformed or belongs to another user
     */
    public StoredModule load(String method, String userId) throws IOException {
        Path directory = userDirectory(method, userId);
        if (!Files.isDirectory(directory)) {
            throw new FileNotFoundException("no " + method + " module for user '" + userId + "': " + directory
                    + " does not exist");
        }
        String recordedId = recordedUserId(directory);
        if (!recordedId.equals(userId)) {
            throw new FileFormatException(directory.resolve(USER_ID_FILE).toString(), "holds user id '" + recordedId
                    + "'; expected '" + userId + "'");
        }
        Map<String, Object> config = readConfig(directory.resolve(CONFIG_FILE));
        return new StoredModule(method, userId, Collections.unmodifiableMap(config),
                Safetensors.read(directory.resolve(WEIGHTS_FILE)));
    }

    /**
     * Reads a module's {@value #CONFIG_FILE}.
     *
     * @throws FileFormatException naming the file and line when it is not a JSON object
     */
    public static Map<String, Object> readConfig(Path configFile) throws IOException {
        try {
            return JSON.readValue(Files.readString(configFile), CONFIG_TYPE);
        } catch (JsonProcessingException malformed) {
            throw new FileFormatException(configFile.toString(), "line " + malformed.getLocation().getLineNr() + ": "
                    + malformed.getOriginalMessage() + "; expected a JSON object", malformed);
        }
    }

    /**
     * Deletes a user's module, and nothing else.
     *
     * @return false if the user had no module
     */
    public boolean delete(String method, String userId) throws IOException {
        return AtomicFiles.deleteDirectory(userDirectory(method, userId));
    }

    /**
     * Returns the ids of the users with a module of the method, sorted; empty if there are none.
     *
     * @throws FileFormatException naming the directory if the method directory holds a directory
     *     this store did not write
     */
    public List<String> users(String method) throws IOException {
        Path methodDirectory = methodDirectory(method);
        if (!Files.isDirectory(methodDirectory)) {
            return List.of();
        }
        List<String> users = new ArrayList<>();
        try (Stream<Path> entries = Files.list(methodDirectory)) {
            for (Path entry : (Iterable<Path>) entries.sorted()::iterator) {
                String name = entry.getFileName().toString();
                if (Files.isDirectory(entry) && !AtomicFiles.isTemporaryName(name)
                        && !name.equals(TASK_MODULE_DIRECTORY)) {
                    users.add(userIdOf(entry, name));
                }
            }
        }
        Collections.sort(users);
        return users;
    }

    private String userIdOf(Path directory, String name) throws IOException {
        if (SafeUserIds.isTruncated(name)) {
            return recordedUserId(directory);
        }
        try {
            return SafeUserIds.fromFileName(name);
        } catch (IllegalArgumentException foreign) {
            throw new FileFormatException(directory.toString(), foreign.getMessage()
                    + "; expected only module directories written by this store", foreign);
        }
    }

    private static String recordedUserId(Path directory) throws IOException {
        Path idFile = directory.resolve(USER_ID_FILE);
        if (!Files.isRegularFile(idFile)) {
            throw new FileNotFoundException(idFile + ": missing; every module directory records its user id there");
        }
        return Files.readString(idFile, StandardCharsets.UTF_8);
    }

    private Path methodDirectory(String method) {
        Objects.requireNonNull(method, "method");
        Path directory = root.resolve(SafeUserIds.toFileName(method)).normalize();
        if (!root.equals(directory.getParent())) {
            throw new IllegalStateException("method label '" + method + "' resolved outside " + root);
        }
        return directory;
    }
}
