package dev.peftu.engine.badinput;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import dev.peftu.engine.Constants;
import dev.peftu.results.ResultsJson;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;
import org.junit.platform.testkit.engine.Event;

/**
 * Runs every case of the bad-input corpus through the real engine: the run must fail (or, for an
 * opt-in, pass) with a message naming what the case expects, and must leave no half-written
 * results or module file behind; a run that fails has trained no module at all.
 */
class BadInputCorpusTest {

    @TempDir
    Path workDir;

    static Stream<BadInputCase> corpus() throws IOException, URISyntaxException {
        Path root = Path.of(BadInputCorpusTest.class.getResource("/bad-input").toURI());
        List<BadInputCase> cases = new ArrayList<>();
        try (Stream<Path> directories = Files.list(root)) {
            for (Path directory : directories.sorted().toList()) {
                cases.add(BadInputCase.read(directory));
            }
        }
        return cases.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("corpus")
    void caseFailsWithItsMessageAndLeavesNoPartialFile(BadInputCase badInput) throws Exception {
        Path data = copy(badInput.directory(), workDir.resolve("data"));
        Path results = workDir.resolve("target/peftu/results.json");
        var request = EngineTestKit.engine(Constants.ENGINE_ID)
                .selectors(selectClass(Class.forName(badInput.spec())))
                .configurationParameter(Constants.RESULTS_FILE, results.toString())
                .configurationParameter(Constants.PROGRESS, "false")
                .configurationParameter(Constants.MODELS_DIRECTORY, tinyCausalLm().toString());
        badInput.parameters().forEach(request::configurationParameter);
        request.configurationParameter(Constants.DATA_DIRECTORY, data.toString());

        String failures = failures(request);

        if (badInput.mustFail()) {
            assertThat(failures).as("the run of %s must fail", badInput).isNotEmpty();
        } else {
            assertThat(failures).as("the opt-in run of %s must pass", badInput).isEmpty();
        }
        for (String fragment : badInput.expected()) {
            String haystack = badInput.mustFail() ? failures : Files.readString(results);
            assertThat(haystack).as("what %s reports", badInput).contains(fragment);
        }
        assertNoPartialFile(workDir.resolve("target"));
        if (badInput.mustFail()) {
            assertNothingTrained(workDir.resolve("target"));
        }
        if (Files.exists(results)) {
            assertThat(ResultsJson.read(results)).as("results of %s parse whole", badInput).isNotNull();
        }
    }

    /** The tiny random llama the generative cases name as {@code ${peftu.models}}. */
    private static Path tinyCausalLm() throws URISyntaxException {
        return Path.of(BadInputCorpusTest.class.getResource("/causal-tiny").toURI());
    }

    private static String failures(org.junit.platform.testkit.engine.EngineTestKit.Builder request) {
        EngineExecutionResults results;
        try {
            results = request.execute();
        } catch (RuntimeException discoveryFailure) {
            return stackOfMessages(discoveryFailure);
        }
        StringBuilder messages = new StringBuilder();
        results.allEvents().failed().stream().map(Event::getPayload)
                .flatMap(payload -> payload.stream())
                .filter(TestExecutionResult.class::isInstance).map(TestExecutionResult.class::cast)
                .flatMap(result -> result.getThrowable().stream())
                .forEach(throwable -> messages.append(stackOfMessages(throwable)).append('\n'));
        return messages.toString();
    }

    private static String stackOfMessages(Throwable throwable) {
        StringBuilder messages = new StringBuilder();
        for (Throwable cause = throwable; cause != null; cause = cause.getCause()) {
            messages.append(cause.getMessage()).append('\n');
        }
        StringWriter trace = new StringWriter();
        for (Throwable suppressed : throwable.getSuppressed()) {
            suppressed.printStackTrace(new PrintWriter(trace));
        }
        return messages.append(trace).toString();
    }

    private static void assertNoPartialFile(Path target) throws IOException {
        if (!Files.exists(target)) {
            return;
        }
        try (Stream<Path> files = Files.walk(target)) {
            assertThat(files.filter(Files::isRegularFile).map(target::relativize).map(Path::toString))
                    .as("files left under %s", target)
                    .noneMatch(path -> path.endsWith(".tmp") || path.startsWith(".") || path.contains("/."));
        }
    }

    /** A failing case fails before training: the module store beside the results holds no module file. */
    private static void assertNothingTrained(Path target) throws IOException {
        Path modules = target.resolve("peftu").resolve(Constants.DEFAULT_MODULE_STORE_NAME);
        if (!Files.exists(modules)) {
            return;
        }
        try (Stream<Path> files = Files.walk(modules)) {
            assertThat(files.filter(Files::isRegularFile).map(modules::relativize).map(Path::toString))
                    .as("module files trained under %s", modules).isEmpty();
        }
    }

    private static Path copy(Path from, Path to) {
        try (Stream<Path> files = Files.walk(from)) {
            for (Path file : files.toList()) {
                Path copy = to.resolve(from.relativize(file).toString());
                if (Files.isDirectory(file)) {
                    Files.createDirectories(copy);
                } else {
                    Files.copy(file, copy);
                }
            }
            return to;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
