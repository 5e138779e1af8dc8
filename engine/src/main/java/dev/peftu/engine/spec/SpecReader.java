package dev.peftu.engine.spec;

import dev.peftu.api.AnnotationTableDataset;
import dev.peftu.api.Gate;
import dev.peftu.api.Method;
import dev.peftu.api.PeftuBenchmark;
import dev.peftu.api.PeftuJsonDataset;
import dev.peftu.api.Prompt;
import dev.peftu.api.SyntheticDataset;
import dev.peftu.data.LabelPrompt;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HfModelDirectory;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.platform.commons.support.AnnotationSupport;
import org.junit.platform.commons.support.HierarchyTraversalMode;

/**
 * Reads a {@link PeftuBenchmark} class into a {@link BenchmarkSpec}, applying the run's
 * overrides from {@link RunConfiguration}: a configured seed, users limit, epochs, model
 * directory or method list wins over the annotation.
 */
public final class SpecReader {

    private final RunConfiguration configuration;
    private final Placeholders placeholders;

    /** Creates a reader for one run. */
    public SpecReader(RunConfiguration configuration) {
        this.configuration = configuration;
        this.placeholders = configuration.placeholders();
    }

    /**
     * Reads a spec class.
     *
     * @throws SpecException when the class is not a valid spec: no or conflicting annotations,
     *     duplicate method labels, an unset {@code ${...}} reference, bad limits
     */
    public BenchmarkSpec read(Class<?> specClass) {
        PeftuBenchmark benchmark = AnnotationSupport.findAnnotation(specClass, PeftuBenchmark.class)
                .orElseThrow(() -> new SpecException(specClass.getName() + " is not annotated with @PeftuBenchmark"));
        String name = name(benchmark, specClass);
        if (benchmark.maxUsers() < 0 || benchmark.epochs() < 0) {
            throw new SpecException("@PeftuBenchmark of " + specClass.getName()
                    + " has maxUsers=" + benchmark.maxUsers() + " and epochs=" + benchmark.epochs()
                    + "; expected 0 (no limit, method default) or a positive number");
        }
        Optional<Path> baseModel = configuration.modelDirectory()
                .or(() -> Optional.of(benchmark.baseModel()).filter(value -> !value.isBlank())
                        .map(value -> resolve(value, "@PeftuBenchmark.baseModel", specClass)))
                .map(Path::of);
        return new BenchmarkSpec(specClass, name, dataset(specClass), baseModel,
                configuration.seed().orElse(benchmark.seed()),
                configuration.usersLimit().orElse(benchmark.maxUsers()),
                configuration.epochs().orElse(benchmark.epochs()),
                configuration.maxLength(generative(baseModel)), configuration.shard(), methods(specClass),
                gates(specClass), prompt(specClass));
    }

    /**
     * Reads the spec's {@code @Prompt}, or the default prompt.
     *
     * @throws SpecException naming the attribute when the template lacks {@code {text}} or a
     *     verbalization is malformed
     */
    private static LabelPrompt prompt(Class<?> specClass) {
        Optional<Prompt> prompt = AnnotationSupport.findAnnotation(specClass, Prompt.class);
        if (prompt.isEmpty()) {
            return LabelPrompt.DEFAULT;
        }
        String where = "@Prompt of " + specClass.getName();
        try {
            return new LabelPrompt(prompt.get().template(),
                    LabelPrompt.parseVerbalizations(List.of(prompt.get().verbalizations()), where + ", verbalizations"),
                    prompt.get().labelScore() == Prompt.LabelScore.MEAN);
        } catch (IllegalArgumentException malformed) {
            throw new SpecException(malformed.getMessage().startsWith(where) ? malformed.getMessage()
                    : where + ": " + malformed.getMessage());
        }
    }

    /**
     * Whether the base model is a causal LM, read from its {@code config.json}; an unreadable one
     * counts as an encoder here and is reported by the preflight.
     */
    private static boolean generative(Optional<Path> baseModel) {
        if (baseModel.isEmpty() || !Files.isRegularFile(baseModel.get().resolve(HfModelDirectory.CONFIG_FILE))) {
            return false;
        }
        try {
            return BaseModel.architectureOf(baseModel).generative();
        } catch (IOException | RuntimeException unreadable) {
            return false;
        }
    }

    /**
     * Returns the benchmark's name on reports: {@link PeftuBenchmark#name()}, or the class name in
     * kebab case when that is blank.
     *
     * @throws SpecException when the class is not annotated with {@code @PeftuBenchmark}
     */
    public String name(Class<?> specClass) {
        return name(AnnotationSupport.findAnnotation(specClass, PeftuBenchmark.class)
                .orElseThrow(() -> new SpecException(specClass.getName() + " is not annotated with @PeftuBenchmark")),
                specClass);
    }

    /**
     * Returns whether the run includes the benchmark: always, unless {@code peftu.benchmarks}
     * names the benchmarks to run and this one is not among them.
     */
    public boolean isSelected(Class<?> specClass) {
        return AnnotationSupport.findAnnotation(specClass, PeftuBenchmark.class)
                .map(benchmark -> configuration.benchmarks().map(names -> names.contains(name(benchmark, specClass)))
                        .orElse(true))
                .orElse(false);
    }

    private static String name(PeftuBenchmark benchmark, Class<?> specClass) {
        return benchmark.name().isBlank() ? BenchmarkNames.kebabCase(specClass) : benchmark.name().trim();
    }

    /**
     * Returns the parameters named in the spec's {@link PeftuBenchmark#requires()} that are not
     * set, in declaration order; empty when the benchmark can run.
     *
     * @throws SpecException when the class is not annotated with {@code @PeftuBenchmark}, or a
     *     required name is in peftu's namespace but not a known key (it could never be set)
     */
    public List<String> missingRequirements(Class<?> specClass) {
        PeftuBenchmark benchmark = AnnotationSupport.findAnnotation(specClass, PeftuBenchmark.class)
                .orElseThrow(() -> new SpecException(specClass.getName() + " is not annotated with @PeftuBenchmark"));
        List<String> required = Arrays.stream(benchmark.requires()).map(String::trim).toList();
        if (required.contains("")) {
            throw new SpecException("@PeftuBenchmark.requires of " + specClass.getName()
                    + " holds an empty name; expected configuration parameter names such as peftu.data");
        }
        List<String> unknown = UnknownParameters.problems(required);
        if (!unknown.isEmpty()) {
            throw new SpecException("@PeftuBenchmark.requires of " + specClass.getName() + " names a key nothing"
                    + " can set: " + String.join("; ", unknown));
        }
        return required.stream().filter(name -> !configuration.isSet(name)).distinct().toList();
    }

    private DatasetSpec dataset(Class<?> specClass) {
        Optional<SyntheticDataset> synthetic = AnnotationSupport.findAnnotation(specClass, SyntheticDataset.class);
        Optional<PeftuJsonDataset> json = AnnotationSupport.findAnnotation(specClass, PeftuJsonDataset.class);
        Optional<AnnotationTableDataset> table = AnnotationSupport.findAnnotation(specClass, AnnotationTableDataset.class);
        List<Annotation> declared = new ArrayList<>();
        synthetic.ifPresent(declared::add);
        json.ifPresent(declared::add);
        table.ifPresent(declared::add);
        if (declared.size() > 1) {
            throw new SpecException(specClass.getName() + " declares " + declared.size()
                    + " datasets (" + declared.stream().map(a -> "@" + a.annotationType().getSimpleName()).toList()
                    + "); expected at most one");
        }
        if (json.isPresent()) {
            return new DatasetSpec.PeftuJson(path(json.get().value(), "@PeftuJsonDataset.value", specClass),
                    json.get().invalidRows());
        }
        if (table.isPresent()) {
            return table(table.get(), specClass);
        }
        return synthetic.map(s -> synthetic(s, specClass)).orElseThrow(() -> new SpecException(specClass.getName()
                + " declares no dataset; expected @AnnotationTableDataset or @PeftuJsonDataset, or @SyntheticDataset"
                + " to train on a generated task"));
    }

    private static DatasetSpec synthetic(SyntheticDataset synthetic, Class<?> specClass) {
        if (synthetic.users() < 2 || synthetic.texts() < 1 || synthetic.alpha() < -1 || synthetic.alpha() > 1) {
            throw new SpecException("@SyntheticDataset of " + specClass.getName() + " has users=" + synthetic.users()
                    + ", texts=" + synthetic.texts() + ", alpha=" + synthetic.alpha()
                    + "; expected at least 2 users, at least 1 text and alpha in [-1, 1] (or NaN)");
        }
        return new DatasetSpec.Synthetic(synthetic.users(), synthetic.texts(), synthetic.alpha(), synthetic.leakage());
    }

    private DatasetSpec table(AnnotationTableDataset table, Class<?> specClass) {
        return new DatasetSpec.AnnotationTable(table.form(),
                path(table.annotations(), "@AnnotationTableDataset.annotations", specClass),
                optionalPath(table.texts(), "@AnnotationTableDataset.texts", specClass),
                optionalPath(table.task(), "@AnnotationTableDataset.task", specClass),
                table.idColumn(), table.textColumn(), table.userColumn(), List.of(table.labelColumns()),
                table.labelColumn(), table.labelSeparator(), table.userColumnPrefix(), table.threshold(),
                table.leakage(), table.invalidRows());
    }

    private List<MethodSpec> methods(Class<?> specClass) {
        List<MethodSpec> declared = new ArrayList<>();
        Set<String> labels = new HashSet<>();
        for (Method method : AnnotationSupport.findRepeatableAnnotations(specClass, Method.class)) {
            String label = method.label().isBlank() ? method.name().trim() : method.label().trim();
            if (method.name().isBlank()) {
                throw new SpecException("@Method on " + specClass.getName() + " has an empty name; expected a "
                        + "contender name such as lora or majority");
            }
            if (!labels.add(label)) {
                throw new SpecException("@Method on " + specClass.getName() + " repeats the label '" + label
                        + "'; give each repetition of a method its own label");
            }
            declared.add(new MethodSpec(label, method.name().trim(), List.of(method.settings())));
        }
        List<MethodSpec> methods = configuration.methods()
                .map(names -> names.stream().map(name -> overridden(name, declared)).toList())
                .orElse(declared);
        if (methods.isEmpty()) {
            throw new SpecException(specClass.getName() + " declares no methods; expected at least one "
                    + "@Method(name = \"...\") or the configuration parameter peftu.methods");
        }
        return methods;
    }

    private static MethodSpec overridden(String name, List<MethodSpec> declared) {
        return declared.stream().filter(method -> method.label().equals(name)).findFirst()
                .or(() -> declared.stream().filter(method -> method.name().equals(name)).findFirst())
                .orElseGet(() -> new MethodSpec(name, name, List.of()));
    }

    private static List<java.lang.reflect.Method> gates(Class<?> specClass) {
        return AnnotationSupport.findAnnotatedMethods(specClass, Gate.class, HierarchyTraversalMode.TOP_DOWN)
                .stream().sorted(Comparator.comparing(java.lang.reflect.Method::getName)).toList();
    }

    private Path path(String value, String attribute, Class<?> specClass) {
        if (value.isBlank()) {
            throw new SpecException(attribute + " of " + specClass.getName() + " is empty; expected a path");
        }
        return Path.of(resolve(value, attribute, specClass)).toAbsolutePath().normalize();
    }

    private Path optionalPath(String value, String attribute, Class<?> specClass) {
        return value.isBlank() ? null : path(value, attribute, specClass);
    }

    private String resolve(String value, String attribute, Class<?> specClass) {
        return placeholders.resolve(value, attribute + " of " + specClass.getName());
    }
}
