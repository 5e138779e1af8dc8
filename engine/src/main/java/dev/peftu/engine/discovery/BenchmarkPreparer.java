package dev.peftu.engine.discovery;

import dev.peftu.engine.descriptor.BenchmarkDescriptor;
import dev.peftu.engine.spec.BenchmarkSpec;
import dev.peftu.engine.spec.DatasetLoader;
import dev.peftu.engine.spec.LoadedDataset;
import dev.peftu.engine.spec.SpecReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.platform.engine.TestDescriptor;

/**
 * Reads each spec class, checks its methods and base model ({@link Preflight}) and loads its
 * dataset once per discovery, however many selectors lead to it. A benchmark with any problem
 * becomes a descriptor without methods that fails, listing every problem found, when executed:
 * none of its methods trains, and one broken spec never hides the others. A spec whose required
 * configuration parameters are not set becomes a skipped benchmark, and its dataset is not touched.
 */
final class BenchmarkPreparer {

    private final SpecReader reader;
    private final DatasetLoader loader;
    private final Preflight preflight;
    private final Map<Class<?>, Prepared> prepared = new LinkedHashMap<>();

    BenchmarkPreparer(SpecReader reader, DatasetLoader loader, Preflight preflight) {
        this.reader = reader;
        this.loader = loader;
        this.preflight = preflight;
    }

    /** Returns the problems of every benchmark prepared so far, in the order found. */
    List<String> problems() {
        return prepared.values().stream().flatMap(benchmark -> benchmark.problems().stream()).toList();
    }

    /** Returns a new descriptor for the spec class under the parent, preparing the class on first use. */
    BenchmarkDescriptor descriptor(TestDescriptor parent, Class<?> specClass) {
        Prepared benchmark = prepared.computeIfAbsent(specClass, this::prepare);
        if (benchmark.failure() != null) {
            return BenchmarkDescriptor.failed(parent, specClass, benchmark.name(), benchmark.failure());
        }
        if (benchmark.skipReason() != null) {
            return BenchmarkDescriptor.skipped(parent, specClass, benchmark.name(), benchmark.skipReason());
        }
        return BenchmarkDescriptor.prepared(parent, benchmark.spec(), benchmark.dataset());
    }

    private Prepared prepare(Class<?> specClass) {
        BenchmarkSpec spec;
        try {
            List<String> missing = reader.missingRequirements(specClass);
            if (!missing.isEmpty()) {
                return Prepared.skipped(reader.name(specClass), skipReason(specClass, missing));
            }
            spec = reader.read(specClass);
        } catch (RuntimeException unreadable) {
            return Prepared.failed(nameOf(specClass), unreadable, List.of(Preflight.message(unreadable)));
        }
        List<String> problems = new ArrayList<>(preflight.benchmarkProblems(spec));
        List<String> missingData = preflight.datasetProblems(spec);
        problems.addAll(missingData);
        LoadedDataset dataset = null;
        if (missingData.isEmpty()) {
            try {
                dataset = loader.load(spec);
            } catch (RuntimeException unloadable) {
                if (problems.isEmpty()) {
                    // the reader's own exception, with its causes, is the whole story
                    return Prepared.failed(spec.name(), unloadable, List.of(Preflight.message(unloadable)));
                }
                problems.add(Preflight.message(unloadable));
            }
        }
        return problems.isEmpty() ? new Prepared(spec.name(), spec, dataset, null, null, List.of())
                : Prepared.failed(spec.name(), new Problems().addAll(problems).failure(specClass.getName()), problems);
    }

    /** The benchmark's name as reports show it, or the class's simple name when the spec cannot give one. */
    private String nameOf(Class<?> specClass) {
        try {
            return reader.name(specClass);
        } catch (RuntimeException unnamed) {
            return specClass.getSimpleName();
        }
    }

    private static String skipReason(Class<?> specClass, List<String> missing) {
        return specClass.getSimpleName() + " requires configuration parameter" + (missing.size() > 1 ? "s " : " ")
                + String.join(", ", missing) + ", not set; set "
                + missing.stream().map(name -> "-D" + name + "=...").collect(Collectors.joining(" "))
                + " to run it";
    }

    private record Prepared(String name, BenchmarkSpec spec, LoadedDataset dataset, RuntimeException failure,
                            String skipReason, List<String> problems) {

        static Prepared failed(String name, RuntimeException failure, List<String> problems) {
            return new Prepared(name, null, null, failure, null, List.copyOf(problems));
        }

        static Prepared skipped(String name, String reason) {
            return new Prepared(name, null, null, null, reason, List.of());
        }
    }
}
