package dev.peftu.export;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.peftu.io.AtomicFiles;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HfModelWriter;
import dev.peftu.store.FileFormatException;
import dev.peftu.store.ModuleStore;
import java.io.File;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Writes a self-contained directory a Python user loads with no conversion: the base model in
 * Hugging Face layout ({@value #BASE_DIRECTORY}/), the chosen users' modules as
 * {@code <benchmark>/<label>/<encoded user>/} with {@code base_model_name_or_path} naming that
 * base, an index of them ({@value #INDEX_FILE}), the loader module {@value #LOADER_FILE} that
 * applies every method type, and a {@value #README_FILE} that predicts with it. The directory is
 * written as a unit: a failed export leaves the previous one, or nothing, behind.
 *
 * <p>It is called by the Maven plugin in the project's class loader through {@link #run(Map)},
 * which takes and returns only JDK types.
 */
public final class ModuleExport {

    /** The directory of the base model inside an export. */
    public static final String BASE_DIRECTORY = "base";
    /** The file listing an export's modules: benchmark, label, user and directory of each. */
    public static final String INDEX_FILE = "peftu_export.json";
    /** The Python loader shipped in every export. */
    public static final String LOADER_FILE = "peftu_loader.py";
    /** The export's usage notes. */
    public static final String README_FILE = "README.md";

    /** {@link #run} request key: the module store ({@code peftu.moduleStore}), a directory. */
    public static final String STORE = "store";
    /** {@link #run} request key: the directory to write. */
    public static final String DIRECTORY = "directory";
    /** {@link #run} request key: the modules, each a list of benchmark, method label and user id. */
    public static final String MODULES = "modules";

    private static final String BASE_FIELD = "base_model_name_or_path";
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ModuleExport() {
    }

    /**
     * Exports modules as the plugin asks for them.
     *
     * @param request {@value #STORE} and {@value #DIRECTORY} (strings) and {@value #MODULES}
     *     (a list of {@code [benchmark, label, user]} lists)
     * @return {@code modules} (an int) and {@code base} (the base model's name or path)
     * @throws IOException naming the module directory or file that is missing or malformed
     */
    public static Map<String, Object> run(Map<String, Object> request) throws IOException {
        @SuppressWarnings("unchecked")
        List<List<String>> modules = (List<List<String>>) request.get(MODULES);
        List<ModuleRef> refs = modules.stream().map(m -> new ModuleRef(m.get(0), m.get(1), m.get(2))).toList();
        String base = export(Path.of((String) request.get(STORE)), refs, Path.of((String) request.get(DIRECTORY)));
        Map<String, Object> result = new LinkedHashMap<>();
        result.put("modules", refs.size());
        result.put("base", base);
        return result;
    }

    /**
     * Exports modules of a store.
     *
     * @param store the module store, holding {@code <benchmark>/<label>/<user>/}
     * @param modules the modules to export, at least one, all trained on one base model
     * @param target the export directory, replaced as a whole
     * @return the base model's name or path, as the modules recorded it
     * @throws IOException naming the module directory or file that is missing or malformed
     */
    public static String export(Path store, List<ModuleRef> modules, Path target) throws IOException {
        if (modules.isEmpty()) {
            throw new IllegalArgumentException("no module to export from " + store);
        }
        Map<ModuleRef, Path> sources = new LinkedHashMap<>();
        Map<ModuleRef, Map<String, Object>> configs = new LinkedHashMap<>();
        String base = null;
        for (ModuleRef module : modules) {
            Path directory = new ModuleStore(ModuleStore.benchmarkRoot(store, module.benchmark()))
                    .userDirectory(module.label(), module.user());
            Path configFile = directory.resolve(ModuleStore.CONFIG_FILE);
            if (!Files.isRegularFile(configFile)) {
                throw new FileNotFoundException(configFile + ": missing; no " + module.label() + " module of user '"
                        + module.user() + "' in benchmark " + module.benchmark() + " (was it trained with "
                        + "this module store?)");
            }
            Map<String, Object> config = ModuleStore.readConfig(configFile);
            if (!(config.get(BASE_FIELD) instanceof String recorded)) {
                throw new FileFormatException(configFile.toString(), "field " + BASE_FIELD + " is "
                        + config.get(BASE_FIELD) + "; expected the base model's name or path");
            }
            if (base != null && !base.equals(recorded)) {
                throw new FileFormatException(configFile.toString(), "field " + BASE_FIELD + " is '" + recorded
                        + "'; expected '" + base + "' as in the other modules (an export holds one base model)");
            }
            base = recorded;
            sources.put(module, directory);
            configs.put(module, config);
        }
        Optional<Path> baseDirectory = BaseModel.directoryOf(base);
        Path exportedBase = target.toAbsolutePath().normalize().resolve(BASE_DIRECTORY);
        AtomicFiles.writeDirectory(target, staging -> {
            HfModelWriter.write(baseDirectory, staging.resolve(BASE_DIRECTORY));
            List<Map<String, String>> index = new ArrayList<>();
            for (ModuleRef module : modules) {
                // the store's own layout, <benchmark>/<label>/<user>, read off the module's directory
                String relative = store.toAbsolutePath().normalize().relativize(sources.get(module)).toString()
                        .replace(File.separatorChar, '/');
                Path copy = staging.resolve(relative);
                Files.createDirectories(copy);
                Map<String, Object> config = new LinkedHashMap<>(configs.get(module));
                config.put(BASE_FIELD, exportedBase.toString());
                JSON.writeValue(copy.resolve(ModuleStore.CONFIG_FILE).toFile(), config);
                for (String file : List.of(ModuleStore.WEIGHTS_FILE, ModuleStore.USER_ID_FILE)) {
                    Files.copy(sources.get(module).resolve(file), copy.resolve(file), StandardCopyOption.COPY_ATTRIBUTES);
                }
                Map<String, String> entry = new LinkedHashMap<>();
                entry.put("benchmark", module.benchmark());
                entry.put("label", module.label());
                entry.put("user", module.user());
                entry.put("directory", relative);
                index.add(entry);
            }
            JSON.writeValue(staging.resolve(INDEX_FILE).toFile(), Map.of("base", BASE_DIRECTORY, "modules", index));
            copyResource(LOADER_FILE, staging);
            copyResource(README_FILE, staging);
        });
        return base;
    }

    private static void copyResource(String name, Path directory) throws IOException {
        try (InputStream in = ModuleExport.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new FileNotFoundException("classpath resource dev/peftu/export/" + name + " not found");
            }
            Files.copy(in, directory.resolve(name));
        }
    }

    /**
     * One module to export.
     *
     * @param benchmark the benchmark's name
     * @param label the method's leaderboard label
     * @param user the user id
     */
    public record ModuleRef(String benchmark, String label, String user) {
    }
}
