package dev.peftu.maven.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.peftu.results.ContenderKind;
import dev.peftu.maven.Runs;
import dev.peftu.maven.gate.GateRule;
import dev.peftu.maven.gate.RegressionCheck;
import dev.peftu.results.BenchmarkResult;
import dev.peftu.results.DatasetSummary;
import dev.peftu.results.GateResult;
import dev.peftu.results.MethodResult;
import dev.peftu.results.Outcome;
import dev.peftu.results.RunResults;
import dev.peftu.results.SampleResults;
import dev.peftu.results.UserResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens a rendered report in headless Chromium: the page must load without console messages, the
 * browser's DOM must hold the leaderboard's rows and columns, and a screenshot is written to
 * {@code target/peftu-report.png} for a human look. Skipped where Chromium is not installed.
 */
class ReportInBrowserTest {

    private static final Path CHROMIUM = Paths.get("/usr/bin/chromium");
    private static final List<String> METHODS = List.of("lora", "adapter", "ia3", "prompt-tuning", "majority", "zero-shot");

    @TempDir
    Path dir;

    @Test
    void leaderboardLoadsCleanlyInChromiumWithEveryRowAndColumn() throws Exception {
        assumeTrue(Files.isExecutable(CHROMIUM), "Chromium is not installed at " + CHROMIUM);
        RunResults results = sampleRun();
        List<Path> pages = new ReportRenderer().render(results, verdicts(results), dir.resolve("report"));

        Browser dom = chromium(dir.resolve("profile-dom"), "--dump-dom", pages.get(0).toUri().toString());
        Browser shot = chromium(dir.resolve("profile-shot"), "--screenshot=" + Paths.get("target/peftu-report.png").toAbsolutePath(),
                "--window-size=1280,900", "--hide-scrollbars", pages.get(0).toUri().toString());
        chromium(dir.resolve("profile-page"), "--screenshot=" + Paths.get("target/peftu-report-benchmark.png").toAbsolutePath(),
                "--window-size=1280,1400", "--hide-scrollbars", pages.get(1).toUri().toString());

        assertThat(dom.log() + shot.log()).doesNotContain(":CONSOLE(");
        String table = between(dom.out(), "<table class=\"leaderboard\">", "</table>");
        assertThat(Pattern.compile("<th class=\"num\">").matcher(between(table, "<thead>", "</thead>")).results().count())
                .isEqualTo(METHODS.size());
        assertThat(Pattern.compile("<tr>").matcher(between(table, "<tbody>", "</tbody>")).results().count())
                .isEqualTo(results.benchmarks().size());
        assertThat(Files.size(Paths.get("target/peftu-report.png"))).isGreaterThan(10_000);
    }

    private record Browser(String out, String log) {
    }

    private static Browser chromium(Path profile, String... arguments) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
                "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--enable-logging=stderr", "--v=0", "--user-data-dir=" + profile));
        command.addAll(List.of(arguments));
        Path out = Files.createTempFile(profile.getParent(), "chromium", ".out");
        Path err = Files.createTempFile(profile.getParent(), "chromium", ".err");
        Process process = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not finish within 90 s: " + command);
        }
        return new Browser(Files.readString(out, StandardCharsets.UTF_8), Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String between(String text, String start, String end) {
        int from = text.indexOf(start);
        assertThat(from).as("position of " + start).isNotNegative();
        return text.substring(from, text.indexOf(end, from));
    }

    private static List<dev.peftu.maven.gate.GateVerdict> verdicts(RunResults results) {
        List<dev.peftu.maven.gate.GateVerdict> verdicts = new ArrayList<>(GateRule.minimum("*", "adapter", 0.6).evaluate(results));
        verdicts.addAll(GateRule.beats("tweeteval", "lora", "majority", 0.02).evaluate(results));
        verdicts.addAll(new RegressionCheck(0.01).evaluate(results, results));
        return verdicts;
    }

    /** Three tasks, six methods, 20 users each, accuracies drawn around a per-method level. */
    static RunResults sampleRun() {
        Random random = new Random(11);
        double[][] levels = {{0.65, 0.63, 0.60, 0.58, 0.55, 0.57}, {0.52, 0.55, 0.49, 0.47, 0.41, 0.45},
                {0.71, 0.69, 0.66, 0.64, 0.62, 0.60}};
        String[] tasks = {"tweeteval", "studemo", "synthetic"};
        List<BenchmarkResult> benchmarks = new ArrayList<>();
        for (int t = 0; t < tasks.length; t++) {
            List<MethodResult> methods = new ArrayList<>();
            for (int m = 0; m < METHODS.size(); m++) {
                if (t == 1 && m == 2) {
                    methods.add(Runs.failed("ia3", "java.lang.IllegalStateException: loss became NaN at epoch 2"));
                    continue;
                }
                methods.add(method(METHODS.get(m), levels[t][m], random));
            }
            String source = t < 2 ? "PEFT-U repository (ChrisIsKing/Parameter-Efficient-Personalization, data/), from "
                    + (t == 0 ? "TweetEval/Röttger et al. 2022" : "StudEmo/Ngo et al. 2022") : null;
            DatasetSummary dataset = new DatasetSummary(20, 3980, t == 1 ? List.of("joy", "trust", "anticipation",
                    "surprise", "fear", "sadness", "disgust", "anger", "valence", "arousal") : List.of("Hateful", "Non-hateful"),
                    t == 1, t == 2 ? null : 0.18 + 0.1 * t, source);
            List<GateResult> gates = t == 0 ? List.of(GateResult.passed("loraBeatsZeroShot")) : List.of();
            benchmarks.add(new BenchmarkResult(tasks[t], SampleResults.configuration(), dataset, methods, gates));
        }
        return Runs.run(benchmarks.toArray(BenchmarkResult[]::new));
    }

    private static MethodResult method(String name, double level, Random random) {
        List<UserResult> users = new ArrayList<>();
        double sum = 0;
        for (int u = 1; u <= 20; u++) {
            double accuracy = Math.max(0, Math.min(1, Math.round((level + random.nextGaussian() * 0.1) * 20) / 20.0));
            users.add(SampleResults.user("annotator-" + u, (int) Math.round(accuracy * 20), 20));
            sum += accuracy;
        }
        double mean = sum / users.size();
        boolean baseline = name.equals("majority") || name.equals("zero-shot");
        return new MethodResult(name, name, Map.of(), baseline ? ContenderKind.BASELINE : ContenderKind.PEFT, Outcome.PASSED, null,
                baseline ? 0 : 20_000 + name.length() * 7_000L, mean, Math.max(0, mean - 0.045), Math.min(1, mean + 0.045),
                mean - 0.04, baseline ? 0.4 : 35 + name.length() * 4.5, users);
    }
}
