package dev.peftu.engine.discovery;

import dev.peftu.contenders.Contenders;
import dev.peftu.contenders.ValidationCombiner;
import dev.peftu.engine.Constants;
import dev.peftu.engine.execution.ContenderLookup;
import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.engine.spec.DatasetSpec;
import dev.peftu.engine.spec.MethodSettings;
import dev.peftu.engine.spec.MethodSpec;
import dev.peftu.engine.spec.RunConfiguration;
import dev.peftu.engine.spec.SpecException;
import dev.peftu.eval.CombinedContender;
import dev.peftu.eval.Contender;
import dev.peftu.eval.ContenderProviders;
import dev.peftu.io.WritableDirectories;
import dev.peftu.model.Architecture;
import dev.peftu.model.BaseModel;
import dev.peftu.model.HfModelDirectory;
import dev.peftu.results.ContenderKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceConfigurationError;

/**
 * The checks that run at discovery, before anything trains, so that a run that cannot succeed
 * fails at once listing every reason rather than after hours of training. Run-wide: unknown keys
 * and malformed values of the configuration, the writability of the results directory and the
 * module store, the model directory of {@code peftu.model}, and the contender providers on the
 * class path (two of one name are reported once, not once per method). Per benchmark: every
 * method's name and settings, the base model directory of the spec, and its dataset files.
 */
final class Preflight {

    private final RunConfiguration configuration;
    private final ContenderLookup contenders;
    private final Optional<String> providerProblem;

    Preflight(RunConfiguration configuration, ContenderLookup contenders) {
        this.configuration = configuration;
        this.contenders = contenders;
        this.providerProblem = providerProblem();
    }

    /** Returns every problem of the run as a whole, each once; empty when the run may start. */
    List<String> runProblems() {
        List<String> problems = new ArrayList<>(configuration.problems());
        try {
            WritableDirectories.problem(configuration.resultsFile().getParent(), "results directory")
                    .ifPresent(problems::add);
        } catch (SpecException malformedShard) {
            // listed with the configuration's problems; the shard names the results file
        }
        WritableDirectories.problem(configuration.moduleStore(), "module store").ifPresent(problems::add);
        configuration.modelDirectory().flatMap(directory -> modelDirectoryProblem(Path.of(directory),
                "configuration parameter " + Constants.MODEL_DIRECTORY)).ifPresent(problems::add);
        providerProblem.ifPresent(problems::add);
        return problems;
    }

    /**
     * Returns every problem of one benchmark that can be found without loading its data or model:
     * each method's settings and contender, and the spec's own base model directory.
     */
    List<String> benchmarkProblems(BenchmarkSpec spec) {
        List<String> problems = new ArrayList<>();
        Optional<Architecture> architecture = architecture(spec, problems);
        Map<String, String> earlier = new LinkedHashMap<>();
        for (MethodSpec method : spec.methods()) {
            earlier.put(method.label(), method.name());
            Map<String, String> settings;
            try {
                settings = MethodSettings.parse(method, spec, configuration.placeholders(),
                        configuration.epochs().orElse(0));
            } catch (SpecException malformed) {
                problems.add(malformed.getMessage());
                continue;
            }
            try {
                if (providerProblem.isEmpty()) {
                    Contender contender = contenders.create(method.name(), settings);
                    architecture.ifPresent(contender::requireCompatible);
                    if (contender instanceof CombinedContender combined) {
                        combinedProblems(spec, method, combined, earlier).ifPresent(problems::add);
                    }
                }
            } catch (RuntimeException invalid) {
                problems.add("method " + method.label() + ": " + message(invalid));
            }
        }
        if (configuration.modelDirectory().isEmpty()) {
            spec.baseModelDirectory().flatMap(directory -> modelDirectoryProblem(directory,
                    "@PeftuBenchmark.baseModel of " + spec.specClass().getName())).ifPresent(problems::add);
        }
        return problems;
    }

    /**
     * Reads the architecture of the benchmark's base model from its configuration alone, adding
     * a problem when {@code config.json} is malformed; empty when there is no model directory to
     * read (reported as a problem of its own).
     */
    private static Optional<Architecture> architecture(BenchmarkSpec spec, List<String> problems) {
        Optional<Path> directory = spec.baseModelDirectory();
        if (directory.isPresent() && !Files.isRegularFile(directory.get().resolve(HfModelDirectory.CONFIG_FILE))) {
            return Optional.empty();
        }
        try {
            return Optional.of(BaseModel.architectureOf(directory));
        } catch (IOException | RuntimeException malformed) {
            problems.add("base model of " + spec.specClass().getName() + ": " + message(malformed));
            return Optional.empty();
        }
    }

    /**
     * Returns the first method a combined contender names that it cannot combine: one not on the
     * board (an unknown name fails like any unknown method), one declared after it, or one that
     * combines methods itself. Only the board's own runs are combined, never a run of its own.
     */
    private static Optional<String> combinedProblems(BenchmarkSpec spec, MethodSpec method, CombinedContender combined,
                                                     Map<String, String> before) {
        List<String> labels = spec.methods().stream().map(MethodSpec::label).toList();
        if (combined.of().isEmpty()) {
            return Optional.of("method " + method.label() + ": " + combined.name() + ": setting of is empty; expected "
                    + ValidationCombiner.EXPECTED_OF);
        }
        for (String label : combined.of()) {
            String where = "method " + method.label() + ": setting of names ";
            if (!labels.contains(label) && Contenders.kindOf(label).isEmpty()) {
                return Optional.of(where + Contenders.unknown(label).getMessage());
            }
            if (!labels.contains(label)) {
                return Optional.of(where + "method " + label + ", which is not on this board; expected the label of"
                        + " a method declared before " + method.label() + " (add @Method(name = \"" + label
                        + "\") before it: " + combined.name() + " reuses the board's runs and trains nothing)");
            }
            if (!before.containsKey(label) || label.equals(method.label())) {
                return Optional.of(where + "method " + label + ", which is declared after it; expected the label of"
                        + " a method declared before " + method.label());
            }
            if (Contenders.kindOf(before.get(label)).orElse(null) == ContenderKind.COMBINED) {
                return Optional.of(where + "method " + label + ", which combines methods itself; expected a PEFT"
                        + " method or a baseline");
            }
        }
        return Optional.empty();
    }

    /**
     * Returns the dataset files and directories the spec names that are not there, each naming the
     * annotation attribute and the path; empty when the dataset can be read.
     */
    List<String> datasetProblems(BenchmarkSpec spec) {
        List<String> problems = new ArrayList<>();
        String of = " of " + spec.specClass().getName();
        if (spec.dataset() instanceof DatasetSpec.PeftuJson json && !Files.isDirectory(json.directory())) {
            problems.add("@PeftuJsonDataset.value" + of + " names " + json.directory()
                    + ", which is not a directory; expected a PEFT-U dataset directory");
        }
        if (spec.dataset() instanceof DatasetSpec.AnnotationTable table) {
            missingFile(table.annotations(), "@AnnotationTableDataset.annotations" + of).ifPresent(problems::add);
            missingFile(table.texts(), "@AnnotationTableDataset.texts" + of).ifPresent(problems::add);
            missingFile(table.task(), "@AnnotationTableDataset.task" + of).ifPresent(problems::add);
        }
        return problems;
    }

    private static Optional<String> missingFile(Path file, String where) {
        if (file == null || Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(where + " names " + file + ", which " + (Files.exists(file) ? "is not a file" : "does not exist"));
    }

    /** Returns the message of a failure, or its class when it has none. */
    static String message(Throwable failure) {
        return Objects.requireNonNullElse(failure.getMessage(), failure.getClass().getName());
    }

    private static Optional<String> modelDirectoryProblem(Path directory, String where) {
        String expected = "; expected a Hugging Face model directory (" + HfModelDirectory.CONFIG_FILE + ", "
                + HfModelDirectory.WEIGHTS_FILE + ", " + HfModelDirectory.TOKENIZER_FILE + ")";
        if (!Files.isDirectory(directory)) {
            return Optional.of(where + " names " + directory.toAbsolutePath() + ", which is not a directory" + expected);
        }
        if (!Files.isRegularFile(directory.resolve(HfModelDirectory.CONFIG_FILE))) {
            return Optional.of(where + " names " + directory.toAbsolutePath() + ", which has no "
                    + HfModelDirectory.CONFIG_FILE + expected);
        }
        return Optional.empty();
    }

    private static Optional<String> providerProblem() {
        try {
            ContenderProviders.all();
            return Optional.empty();
        } catch (IllegalStateException | ServiceConfigurationError conflict) {
            return Optional.of(message(conflict));
        }
    }
}
