package dev.peftu.contenders;

import dev.peftu.data.Example;
import dev.peftu.data.UserData;
import dev.peftu.eval.BaselineProvider;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderResult;
import dev.peftu.eval.MethodSettings;
import dev.peftu.eval.ProgressListener;
import dev.peftu.eval.RunContext;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HostTensor;
import dev.peftu.peft.LoraMethod;
import dev.peftu.peft.PeftMethods;
import dev.peftu.results.ContenderKind;
import dev.peftu.store.FileFormatException;
import dev.peftu.store.ModuleStorage;
import dev.peftu.store.ModuleStore;
import dev.peftu.store.SafeUserIds;
import dev.peftu.store.Safetensors;
import dev.peftu.train.CohortTrainer;
import dev.peftu.train.TrainedModule;
import java.io.FileNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts LoRA modules trained elsewhere on the board, named {@code stored}: each user's module is
 * read from {@code <directory>/<user>/} (the user id as {@link SafeUserIds} writes it, which is the
 * id itself for ids of {@code [a-z0-9_-]}), in HF PEFT's layout as {@code save_pretrained} writes
 * it for a sequence-classification LoRA on the run's base model: {@code adapter_config.json}
 * ({@code peft_type} {@code LORA}; {@code r}, {@code lora_alpha}, {@code target_modules}) and
 * {@code adapter_model.safetensors} (the LoRA matrices and the {@code classifier} head, whose
 * rows follow the task's labels, or {@code peftu_labels} when given). The modules are applied as
 * peftu applies its own, with the mean-pooled head, and copied into the run's module store.
 */
public final class StoredLoraModules implements BaselineProvider, Contender {

    /** The contender name. */
    public static final String NAME = "stored";
    /** The directory holding one module directory per user. */
    public static final String DIRECTORY = "directory";

    private final MethodSettings settings;

    /** The provider; {@link #create} makes the contender. */
    public StoredLoraModules() {
        this(null);
    }

    private StoredLoraModules(MethodSettings settings) {
        this.settings = settings;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ContenderKind kind() {
        return ContenderKind.PEFT;
    }

    @Override
    public Map<String, String> defaults() {
        return Map.of(DIRECTORY, "");
    }

    @Override
    public Contender create(MethodSettings checked) {
        return new StoredLoraModules(checked);
    }

    @Override
    public Map<String, String> effectiveSettings() {
        return settings.asMap();
    }

    @Override
    public ContenderResult run(RunContext context, ProgressListener progress) {
        if (settings.string(DIRECTORY).isBlank()) {
            // the default is no directory: a board naming `stored` must say where its modules are
            throw settings.invalid(DIRECTORY, "a directory of per-user module directories");
        }
        Path directory = Path.of(settings.string(DIRECTORY)).toAbsolutePath();
        try {
            List<TrainedModule> modules = new ArrayList<>();
            Map<String, List<Example>> tests = new LinkedHashMap<>();
            Map<String, List<Example>> validation = new LinkedHashMap<>();
            Map<String, Object> first = null;
            for (UserData user : context.runUsers()) {
                Path module = directory.resolve(SafeUserIds.toFileName(user.userId()));
                Map<String, Object> config = readConfig(module.resolve(ModuleStore.CONFIG_FILE), context);
                if (first == null) {
                    first = config;
                } else if (!loraSettings(config).equals(loraSettings(first))) {
                    throw new FileFormatException(module.resolve(ModuleStore.CONFIG_FILE).toString(), "holds LoRA "
                            + loraSettings(config) + "; expected " + loraSettings(first) + " as the first user's");
                }
                modules.add(new TrainedModule(user.userId(), Safetensors.read(module.resolve(ModuleStore.WEIGHTS_FILE)),
                        0, Double.NaN));
                tests.put(user.userId(), user.test());
                validation.put(user.userId(), user.val());
            }
            if (first == null) {
                return new ContenderResult(Map.of(), 0);
            }
            BaseModel base = context.baseModel();
            CohortTrainer trainer = new CohortTrainer(base, PeftMethods.byName("lora"), loraSettings(first),
                    context.dataset().task(), context.seed());
            var predictions = trainer.predict(modules, tests);
            keep(context.moduleStorage(), trainer, modules, directory);
            return new ContenderResult(predictions, trainer.trainableParameters(),
                    trainer.predict(modules, validation));
        } catch (IOException e) {
            throw new UncheckedIOException(e.getMessage(), e);
        }
    }

    /** Reads a module's configuration, which must be a LoRA whose head predicts the task's labels. */
    private static Map<String, Object> readConfig(Path file, RunContext context) throws IOException {
        if (!Files.isRegularFile(file)) {
            throw new FileNotFoundException(file + ": missing; the " + NAME + " contender reads every user's module"
                    + " from <" + DIRECTORY + ">/<user>/");
        }
        Map<String, Object> config = ModuleStore.readConfig(file);
        if (!"LORA".equals(config.get("peft_type"))) {
            throw new FileFormatException(file.toString(), "field peft_type is " + config.get("peft_type")
                    + "; expected LORA (the " + NAME + " contender reads LoRA modules)");
        }
        Object labels = config.get("peftu_labels");
        if (labels != null && !labels.equals(context.dataset().task().labels())) {
            throw new FileFormatException(file.toString(), "field peftu_labels is " + labels + "; expected the task's "
                    + context.dataset().task().labels());
        }
        try {
            loraSettings(config);
        } catch (ClassCastException | NullPointerException missing) {
            throw new FileFormatException(file.toString(), "fields r, lora_alpha and target_modules: expected a whole "
                    + "number, a number and a list of module names", missing);
        }
        return config;
    }

    /** The LoRA settings a configuration stands for, as peftu's {@code lora} takes them. */
    private static Map<String, String> loraSettings(Map<String, Object> config) {
        Map<String, String> lora = new LinkedHashMap<>();
        lora.put(LoraMethod.RANK, String.valueOf(((Number) config.get("r")).intValue()));
        lora.put(LoraMethod.ALPHA, String.valueOf(((Number) config.get("lora_alpha")).doubleValue()));
        lora.put(LoraMethod.TARGETS, String.join(",", ((List<?>) config.get("target_modules")).stream()
                .map(String.class::cast).sorted().toList()));
        return lora;
    }

    /** Copies the modules into the run's store, as peftu writes its own LoRA modules, so that they export too. */
    private static void keep(ModuleStorage storage, CohortTrainer trainer, List<TrainedModule> modules, Path directory)
            throws IOException {
        if (storage == null) {
            return;
        }
        for (TrainedModule module : modules) {
            storage.store().save(storage.label(), module.userId(), trainer.adapterConfig(), module.weights(),
                    NAME + " " + directory);
        }
    }
}
